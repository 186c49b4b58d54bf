import type { FactLink } from '../content/fact-link';

interface Props {
  readonly value: string;
  readonly className: string;
  readonly link: FactLink | undefined;
}

const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** A fact's value as code, a link where a tap on it dials, texts or opens it; left-to-right in any language. */
export function FactValue({ value, className, link }: Props) {
  const code = <code className={className}>{value}</code>;
  return (
    <bdi dir="ltr">
      {link === undefined ? (
        code
      ) : (
        <a className="fact-link" href={link.href} {...(link.newTab ? NEW_TAB : {})}>
          {code}
        </a>
      )}
    </bdi>
  );
}
