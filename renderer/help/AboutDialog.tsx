/**
 * Help ▸ About: the app's version, what it runs on (Electron, Chromium,
 * Node.js) and the licence of every package it ships, from the list made at
 * build time. An in-app modal <dialog> rather than a second window: it runs
 * under the same locked-down window and CSP, and fetches nothing.
 */
import { useState } from 'react';
import type { AboutView } from '../../annotations/api/view-types';
import { call, getApi } from '../api';
import { HelpDialog } from './HelpDialog';
import './about-dialog.css';

const RUNTIMES: { key: keyof AboutView['versions']; label: string }[] = [
  { key: 'electron', label: 'Electron' },
  { key: 'chrome', label: 'Chromium' },
  { key: 'node', label: 'Node.js' },
];

export function AboutDialog(): React.JSX.Element {
  const [about, setAbout] = useState<AboutView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = () => {
    call(getApi().getAbout({})).then(
      (view) => {
        setAbout(view);
        setProblem(view.licensesProblem ?? null);
      },
      (error: Error) => setProblem(error.message),
    );
  };

  const licenses = about?.licenses ?? [];
  return (
    <HelpDialog command="showAbout" title="About Research Annotator" className="about" onOpen={load}>
      <div className="about__body">
        <p className="about__lead">Offline desktop tool for analysts who compare what different sources claim.</p>
        {about && (
          <dl className="about__versions" aria-label="Versions">
            <div className="about__pair">
              <dt>Version</dt>
              <dd>{about.version}</dd>
            </div>
            {RUNTIMES.filter(({ key }) => about.versions[key]).map(({ key, label }) => (
              <div key={key} className="about__pair">
                <dt>{label}</dt>
                <dd>{about.versions[key]}</dd>
              </div>
            ))}
          </dl>
        )}
        {problem && (
          <p className="about__problem" role="alert">
            {problem}
          </p>
        )}
        {licenses.length > 0 && (
          <section aria-labelledby="about-licenses">
            <h3 id="about-licenses">Licences of the {licenses.length} packages it ships</h3>
            <p className="about__note">Electron's and Chromium's own licences are in the app's folder (LICENSE, LICENSES.chromium.html).</p>
            <ul className="about__licenses">
              {licenses.map((entry) => (
                <li key={`${entry.name}@${entry.version}`}>
                  <details>
                    <summary>
                      <span className="about__package">{entry.name}</span> {entry.version} — {entry.license}
                    </summary>
                    {entry.text === null ? <p className="about__note">The package has no licence file; its package.json names the licence above.</p> : (
                      // Focusable: a long licence scrolls, and the keyboard must reach it too.
                      <pre className="about__text" tabIndex={0} aria-label={`Licence of ${entry.name}`}>
                        {entry.text}
                      </pre>
                    )}
                  </details>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </HelpDialog>
  );
}
