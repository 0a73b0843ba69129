/**
 * Running the project's tools the same way on Windows, macOS and Linux:
 * scripts/tools.mjs resolves a package's command to its own JS entry (run by
 * this Node, without a shell), checked here for the Windows and the POSIX path
 * flavour whatever the host; the scripts use nothing else; the npm scripts in
 * package.json use no shell syntax that cmd.exe lacks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { binEntry, packageDir, tool, TOOLS } from './tools.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('binEntry and packageDir, on either path flavour', () => {
  it('give the Windows path of a command, from a package.json that maps commands to files', () => {
    const dir = packageDir('C:\\Users\\Ana Lee\\research-annotator', 'typescript', path.win32);
    expect(dir).toBe('C:\\Users\\Ana Lee\\research-annotator\\node_modules\\typescript');
    expect(binEntry(dir, { name: 'typescript', bin: { tsc: './bin/tsc', tsserver: './bin/tsserver' } }, 'tsc', path.win32)).toBe(
      'C:\\Users\\Ana Lee\\research-annotator\\node_modules\\typescript\\bin\\tsc',
    );
  });

  it('give the POSIX path of a scoped package whose bin is one file named after the package', () => {
    const dir = packageDir('/home/ana/research-annotator', '@playwright/test', path.posix);
    expect(dir).toBe('/home/ana/research-annotator/node_modules/@playwright/test');
    expect(binEntry(dir, { name: '@playwright/test', bin: { playwright: 'cli.js' } }, 'playwright', path.posix)).toBe('/home/ana/research-annotator/node_modules/@playwright/test/cli.js');
    expect(binEntry('/p/node_modules/@scope/tool', { name: '@scope/tool', bin: 'lib/cli.js' }, 'tool', path.posix)).toBe('/p/node_modules/@scope/tool/lib/cli.js');
    expect(binEntry('C:\\p\\node_modules\\@scope\\tool', { name: '@scope/tool', bin: 'lib/cli.js' }, 'tool', path.win32)).toBe('C:\\p\\node_modules\\@scope\\tool\\lib\\cli.js');
  });

  it('refuse a command the package does not have, naming its package.json', () => {
    expect(() => binEntry('C:\\p\\node_modules\\eslint', { name: 'eslint', bin: { eslint: './bin/eslint.js' } }, 'tsc', path.win32)).toThrow(
      'C:\\p\\node_modules\\eslint\\package.json has no "tsc" in its "bin": cannot run tsc',
    );
    expect(() => binEntry('/p/node_modules/x', { name: 'x', bin: 'cli.js' }, 'y', path.posix)).toThrow('/p/node_modules/x/package.json has no "y"');
    expect(() => binEntry('/p/node_modules/x', { name: 'x' }, 'x', path.posix)).toThrow(/has no "x" in its "bin"/u);
  });
});

describe('the tools the scripts run, as installed here', () => {
  it('each resolve to a file inside its package, never a node_modules/.bin shim', () => {
    for (const command of Object.keys(TOOLS)) {
      const { command: node, args } = tool(root, command);
      expect(node).toBe(process.execPath);
      expect(args).toHaveLength(1);
      expect(existsSync(args[0]!), `${command}: ${args[0]}`).toBe(true);
      expect(args[0]!.startsWith(path.join(root, 'node_modules', ...TOOLS[command as keyof typeof TOOLS].split('/')) + path.sep)).toBe(true);
      expect(args[0]).not.toContain(`${path.sep}.bin${path.sep}`);
    }
  });

  it('run as this Node with arguments and no shell: tsc --version', () => {
    const { command, args } = tool(root, 'tsc', ['--version']);
    const result = spawnSync(command, args, { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Version \d+\.\d+\.\d+/u);
  });
});

describe('scripts/ and package.json', () => {
  const scripts = readdirSync(path.join(root, 'scripts')).filter((f) => f.endsWith('.mjs'));

  it('no script spawns node_modules/.bin or goes through a shell', () => {
    expect(scripts.length).toBeGreaterThan(5);
    for (const file of scripts) {
      const source = readFileSync(path.join(root, 'scripts', file), 'utf8');
      expect(source, file).not.toMatch(/\.bin['/\\]/u);
      expect(source, file).not.toMatch(/shell:\s*true|(?<![.\w])exec(Sync)?\(/u);
    }
  });

  it('npm scripts run node or a package command with plain arguments: no rm, no quotes, pipes, variables or VAR=value', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const commands = new Set(['node', 'npm', ...Object.keys(TOOLS)]);
    for (const [name, line] of Object.entries(pkg.scripts)) {
      // `&&` is the one operator cmd.exe, PowerShell 7 and sh share.
      for (const step of line.split(' && ')) {
        const words = step.trim().split(/\s+/u);
        expect(commands.has(words[0]!), `${name}: "${step}" starts with ${words[0]}`).toBe(true);
        expect(step, name).not.toMatch(/['"`$;|<>%^]|\brm\b|^\w+=|\s\w+=\S*\s/u);
        // A path is an argument to node (which reads "/" on Windows too), never a command itself.
        for (const word of words.slice(1)) if (word.includes('/')) expect(words[0], `${name}: ${word}`).toBe('node');
        expect(step, name).not.toMatch(/node_modules|\.\//u);
      }
    }
  });
});
