import { stepIdOf, stepTextKey } from '../../../content/catalog';
import { carrierOf } from '../../../outcome/answers-view';
import { useWizard } from '../../../stores/wizard-actor';
import { DataBudget } from './DataBudget';
import { HotspotHelper } from './HotspotHelper';
import '../tools.css';

/** The result page's tools, loaded only when the checklist is shown. */
export default function ResultTools() {
  const trap = useWizard((snapshot) => carrierOf(snapshot.context.answers).billingTrap);
  const traps = trap === undefined ? [] : [`${stepTextKey(stepIdOf(trap))}.body`];
  return (
    <>
      <HotspotHelper />
      <DataBudget traps={traps} />
    </>
  );
}
