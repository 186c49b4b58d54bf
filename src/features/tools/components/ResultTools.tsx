import { stepIdOf, stepTextKey } from '../../../content/catalog';
import { carrierOf } from '../../../outcome/answers-view';
import { useWizard } from '../../../stores/wizard-actor';
import { DataBudget } from './DataBudget';
import '../tools.css';

export { HotspotHelper } from './HotspotHelper';

/** The data budget, repeating the network's billing trap beside its estimate. */
export function NetworkDataBudget() {
  const trap = useWizard((snapshot) => carrierOf(snapshot.context.answers).billingTrap);
  const traps = trap === undefined ? [] : [`${stepTextKey(stepIdOf(trap))}.body`];
  return <DataBudget traps={traps} />;
}
