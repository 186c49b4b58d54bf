// React 18 and later have useSyncExternalStore; the package's shim only adds it to older React.
export { useSyncExternalStore } from 'react';
