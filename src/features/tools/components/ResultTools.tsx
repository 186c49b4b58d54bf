import { stepIdOf, stepTextKey } from '../../../content/catalog';
import { carrierOf, connectingDeviceOf } from '../../../outcome/answers-view';
import { useWizard } from '../../../stores/wizard-actor';
import { DataBudget } from './DataBudget';
import { LiveCheckAddress } from './LiveCheckAddress';
import '../tools.css';

export { HotspotHelper } from './HotspotHelper';

/** The live check's address, with a QR code where the connected device can scan one. */
export function ConnectedDeviceCheck() {
  const scansQr = useWizard((snapshot) => connectingDeviceOf(snapshot.context.answers).scansQr);
  return <LiveCheckAddress withQr={scansQr} />;
}

/**
 * The data budget, repeating the network's billing trap beside its estimate and, for a computer,
 * the background updates and sync it does not count.
 */
export function NetworkDataBudget() {
  const trap = useWizard((snapshot) => carrierOf(snapshot.context.answers).billingTrap);
  const computer = useWizard((snapshot) => connectingDeviceOf(snapshot.context.answers).computer);
  const traps = trap === undefined ? [] : [`${stepTextKey(stepIdOf(trap))}.body`];
  return <DataBudget traps={traps} notes={computer ? ['tools.budget.computerNote'] : []} />;
}
