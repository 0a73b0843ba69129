/**
 * The intercoder agreement report (File ▸ Compare with another copy…): per
 * tag and overall, Krippendorff's alpha, Cohen's kappa and segment agreement,
 * each with the number of units behind it and "not defined" where a figure
 * cannot be computed; the articles compared (each opens the comparison
 * view), those not compared with why, and the exports.
 */
import { useId, useState } from 'react';
import type { AgreementView } from '../../annotations/api/view-types';
import { figure, NOT_DEFINED, percent } from '../../annotations/agreement/figures';
import { call, getApi } from '../api';
import { useNotices } from '../app/notices';
import { useCommands } from '../commands/CommandsProvider';
import './agreement.css';

interface Props {
  agreement: AgreementView;
  onChange: (agreement: AgreementView) => void;
  onOpenArticle: (file: string) => void;
  onClose: () => void;
}

export function AgreementReport({ agreement, onChange, onOpenArticle, onClose }: Props): React.JSX.Element {
  const api = getApi();
  const notices = useNotices();
  const commands = useCommands();
  const { report } = agreement;
  const [overlap, setOverlap] = useState(String(Math.round(report.overlap * 100)));
  const overlapId = useId();

  const applyOverlap = (event: React.FormEvent) => {
    event.preventDefault();
    const value = Number(overlap);
    if (!Number.isFinite(value) || value <= 0 || value > 100) {
      notices.error('The overlap is a percentage above 0 and at most 100.');
      return;
    }
    call(api.getAgreement({ overlap: value / 100 })).then(onChange, (error: Error) => notices.error(error.message));
  };
  const exportAs = (format: 'markdown' | 'csv') =>
    call(api.exportAgreement({ format })).then(
      (saved) => saved && notices.info(`Agreement report saved: ${saved.file}.`),
      (error: Error) => notices.error(`Report not exported: ${error.message}`),
    );

  return (
    <section className="agreement" aria-labelledby="agreement-title">
      <header className="agreement__header">
        <h2 id="agreement-title">Intercoder agreement</h2>
        <p className="agreement__coders">
          Coder A: <strong>{agreement.coderA}</strong> (this set) · Coder B: <strong title={agreement.folderB}>{agreement.coderB}</strong> (the other copy)
        </p>
        {!agreement.coderANamed && (
          <p className="agreement__hint">
            Your name is not set, so your annotations do not say who coded them.{' '}
            <button type="button" className="button" onClick={() => commands.run('setAnalystName')}>
              Set your name…
            </button>
          </p>
        )}
        <div className="agreement__tools">
          <form className="agreement__overlap" onSubmit={applyOverlap}>
            <label htmlFor={overlapId}>Segments agree at an overlap of at least (%)</label>
            <input id={overlapId} type="number" min={1} max={100} step={1} value={overlap} onChange={(e) => setOverlap(e.target.value)} />
            <button type="submit" className="button">
              Apply
            </button>
          </form>
          <button type="button" className="button" onClick={() => void exportAs('markdown')}>
            Export as Markdown…
          </button>
          <button type="button" className="button" onClick={() => void exportAs('csv')}>
            Export as CSV…
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close report
          </button>
        </div>
      </header>
      <table className="agreement__table">
        <caption>
          Agreement per tag over {report.compared.length} compared {report.compared.length === 1 ? 'article' : 'articles'}. Units are words; “{NOT_DEFINED}”: the tag was never used, or
          every unit has the same value.
        </caption>
        <thead>
          <tr>
            <th scope="col">Tag</th>
            <th scope="col">α (Krippendorff)</th>
            <th scope="col">κ (Cohen)</th>
            <th scope="col">Segments</th>
            <th scope="col">Units</th>
          </tr>
        </thead>
        <tbody>
          <tr className="agreement__overall">
            <th scope="row">Overall</th>
            <td>{figure(report.overall.alpha)}</td>
            <td>{figure(report.overall.kappa)}</td>
            <td />
            <td>{report.overall.units}</td>
          </tr>
          {report.tags.map((t) => (
            <tr key={t.tag}>
              <th scope="row">{t.tag}</th>
              <td>{figure(t.alpha)}</td>
              <td>{figure(t.kappa)}</td>
              <td>
                {percent(t.segmentShare)}{' '}
                <span className="agreement__muted">
                  ({t.segments.agreed} agreed, {t.segments.onlyA} only A, {t.segments.onlyB} only B)
                </span>
              </td>
              <td>{t.units}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Compared articles</h3>
      <ul className="agreement__articles">
        {agreement.articles.map((a) => (
          <li key={a.file}>
            <button type="button" className="button" onClick={() => onOpenArticle(a.file)} aria-label={`Compare ${a.title}: ${a.disagreements} ${a.disagreements === 1 ? 'disagreement' : 'disagreements'}`}>
              {a.title}
            </button>{' '}
            <span className="agreement__muted">
              {a.disagreements} {a.disagreements === 1 ? 'disagreement' : 'disagreements'}
            </span>
          </li>
        ))}
      </ul>
      {report.notCompared.length > 0 && (
        <>
          <h3>Not compared</h3>
          <ul className="agreement__not-compared">
            {report.notCompared.map((n) => (
              <li key={n.file}>
                {n.file}: {n.why}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
