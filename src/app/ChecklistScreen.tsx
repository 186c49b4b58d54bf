import { Suspense, type ReactNode } from 'react';
import { Loading } from '../components/Loading';
import { checklistPage, HotspotTool, BudgetTool, LiveCheckTool } from './later-screens';

function later(tool: ReactNode) {
  return <Suspense fallback={null}>{tool}</Suspense>;
}

/** Each tool inside the step it helps with. */
const STEP_TOOLS = {
  hotspotNamePassword: later(<HotspotTool />),
  // A phone or tablet joins by the tool's QR code, so the tool comes with that step instead.
  joinPhoneTablet: later(<HotspotTool />),
  safetyDataUse: later(<BudgetTool />),
  safetyDataUseNoComputer: later(<BudgetTool />),
  checkOnDevice: later(<LiveCheckTool />),
} as const;

/** The result page with its tools; says it is loading while its code or strings are still on the way. */
export function ChecklistScreen() {
  return (
    <Suspense fallback={<Loading />}>
      <checklistPage.Deferred stepTools={STEP_TOOLS} />
    </Suspense>
  );
}
