import { Component, type ReactNode } from 'react';

interface Props {
  /** The localized fallback, given a way to try the screen again. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/** Catches a failure inside one screen so the rest of the page (and every saved answer) stays. */
export class ScreenErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
