import { CARRIERS } from '../../../data/carriers';
import { stepTextKey } from '../../../data/step-text';
import { useWizard } from '../../wizard/wizard-actor';
import { DataBudget } from './DataBudget';
import { HotspotHelper } from './HotspotHelper';
import '../tools.css';

/** The result page's tools, loaded only when the checklist is shown. */
export default function ResultTools() {
  const carrier = useWizard((snapshot) => snapshot.context.answers.carrier);
  const trap = carrier ? CARRIERS[carrier].billingTrap : 'none';
  const traps = trap === 'none' ? [] : [`${stepTextKey(trap)}.body`];
  return (
    <>
      <HotspotHelper />
      <DataBudget traps={traps} />
    </>
  );
}
