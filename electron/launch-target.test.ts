import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LaunchTargetError, linkFromArgv, pathFromArgv, setFolderFor } from './launch-target';

const cwd = path.resolve('/home/analyst');

describe('pathFromArgv: the path a launch names', () => {
  it('skips the executable (and the app path in development) and every flag', () => {
    expect(pathFromArgv(['/opt/Research Annotator/research-annotator', 'Sets/Gaza'], { packaged: true, workingDirectory: cwd })).toBe(path.join(cwd, 'Sets/Gaza'));
    expect(pathFromArgv(['electron', '.', '--inspect=0', '-psn_0_12345', '/data/set'], { packaged: false, workingDirectory: cwd })).toBe(path.resolve('/data/set'));
    // A second launch's argv may carry Chromium switches Electron added before the path.
    expect(pathFromArgv(['C:\\\\app.exe', '--allow-file-access-from-files', '--original-process-start-time=1', 'notes.txt.annotations.json'], { packaged: true, workingDirectory: cwd })).toBe(
      path.join(cwd, 'notes.txt.annotations.json'),
    );
  });

  it('gives null when only the app was launched', () => {
    expect(pathFromArgv(['/usr/bin/research-annotator'], { packaged: true, workingDirectory: cwd })).toBeNull();
    expect(pathFromArgv(['electron', '.'], { packaged: false, workingDirectory: cwd })).toBeNull();
    expect(pathFromArgv(['electron', '.', '--no-sandbox', ''], { packaged: false, workingDirectory: cwd })).toBeNull();
  });
});

describe('setFolderFor: the set a path stands for', () => {
  it('takes a folder as the set, and an annotations file as its folder', () => {
    expect(setFolderFor('/sets/gaza', 'directory')).toBe('/sets/gaza');
    expect(setFolderFor('/sets/gaza/report.txt.annotations.json', 'file')).toBe('/sets/gaza');
    expect(setFolderFor('/sets/gaza/REPORT.TXT.ANNOTATIONS.JSON', 'file')).toBe('/sets/gaza');
  });

  it('refuses anything else, naming the path and what would do', () => {
    expect(() => setFolderFor('/sets/gaza/report.txt', 'file')).toThrow(LaunchTargetError);
    expect(() => setFolderFor('/sets/gaza/report.txt', 'file')).toThrow('/sets/gaza/report.txt: not a set: open a folder of articles, or an annotations file (….annotations.json)');
    expect(() => setFolderFor('/sets/gone', 'missing')).toThrow('/sets/gone: there is no such file or folder.');
    expect(() => setFolderFor('/dev/null', 'other')).toThrow(/not a set/u);
    // A folder named like a sidecar is still a folder.
    expect(setFolderFor('/sets/odd.annotations.json', 'directory')).toBe('/sets/odd.annotations.json');
  });
});

describe('linkFromArgv: a link back to an annotation, handed over on the command line', () => {
  const link = 'research-annotator://open?set=%2Fdata%2Fset&article=a.txt&annotation=urn%3Auuid%3A1';

  it('is the link, never taken for a path', () => {
    const argv = ['/opt/Research Annotator/research-annotator', '--no-zygote', link];
    expect(linkFromArgv(argv, { packaged: true })).toBe(link);
    expect(pathFromArgv(argv, { packaged: true, workingDirectory: '/home/ana' })).toBeNull();
    expect(linkFromArgv(['electron', '.', 'Research-Annotator://open?set=%2Fx'], { packaged: false })).toBe('Research-Annotator://open?set=%2Fx');
  });

  it('is null without one, and a path stays a path', () => {
    expect(linkFromArgv(['app', '/data/set'], { packaged: true })).toBeNull();
    expect(linkFromArgv(['electron', 'research-annotator://open?set=%2Fx'], { packaged: false })).toBeNull();
  });
});
