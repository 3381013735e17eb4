import { useQuery } from '@apollo/client/react';
import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { ErrorAlert } from '../../common/components/QueryState';
import { type CpvDepth, cpvLabel, cpvOpensBelow } from '../cpv-tree';
import { CpvTreeQuery } from '../graphql/procurement';
import type { ChosenCpv } from './CpvPicker';

interface CpvTreeProps {
  /** The id of the top list; the lists below take ids from it. */
  id: string;
  depth: CpvDepth;
  chosen: ReadonlySet<string>;
  onPick(cpv: ChosenCpv): void;
}

/**
 * The CPV tree as nested disclosures: a division opens to its groups, a group to its classes
 * (each level fetched when it is opened), and every code can be picked. Plain buttons, so Tab,
 * Enter and Space do it all.
 */
export function CpvTree(props: CpvTreeProps) {
  return <CpvTreeLevel {...props} parent={null} />;
}

function CpvTreeLevel({ id, parent, ...rest }: CpvTreeProps & { parent: string | null }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(CpvTreeQuery, { variables: { parent } });
  if (error) return <ErrorAlert error={error} />;
  if (loading && !data) return <p id={id}>{t('cpvTree.loading')}</p>;
  return (
    <ul id={id} className="cpv-tree__level">
      {data?.cpvTree.map((node) => (
        <CpvTreeNode key={node.code} treeId={id} node={node} {...rest} />
      ))}
    </ul>
  );
}

interface CpvTreeNodeProps extends Omit<CpvTreeProps, 'id'> {
  treeId: string;
  node: { code: string; labelNb: string; labelEn: string };
}

function CpvTreeNode({ treeId, node, depth, chosen, onPick }: CpvTreeNodeProps) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const label = cpvLabel(node, language);
  const name = `${node.code} ${label}`;
  const below = `${treeId}-${node.code}`;
  return (
    <li>
      <div className="cpv-tree__row">
        {cpvOpensBelow(node.code, depth) ? (
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            className="cpv-tree__toggle"
            aria-expanded={open}
            aria-controls={open ? below : undefined}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true" className="cpv-tree__marker">
              {open ? '−' : '+'}
            </span>
            {name}
          </Button>
        ) : (
          <span className="cpv-tree__leaf">{name}</span>
        )}
        {chosen.has(node.code) ? (
          <span className="cpv-tree__chosen">{t('cpvTree.chosen')}</span>
        ) : (
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => onPick({ code: node.code, label })}
          >
            {t('cpvTree.pick')}
            <span className="visually-hidden"> {name}</span>
          </Button>
        )}
      </div>
      {open && <CpvTreeLevel id={below} parent={node.code} depth={depth} chosen={chosen} onPick={onPick} />}
    </li>
  );
}
