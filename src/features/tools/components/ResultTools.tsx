import { useWizard } from '../../wizard/wizard-actor';
import { DataBudget } from './DataBudget';
import { HotspotHelper } from './HotspotHelper';

/** The result page's tools, loaded only when the checklist is shown. */
export default function ResultTools() {
  const carrier = useWizard((snapshot) => snapshot.context.answers.carrier);
  const traps =
    carrier === 'jazz' ? ['steps.jazzReservation.body'] : carrier === 'zong' ? ['steps.zongBalanceSave.body'] : [];
  return (
    <>
      <HotspotHelper />
      <DataBudget traps={traps} />
    </>
  );
}
