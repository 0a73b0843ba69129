import { describe, expect, it } from 'vitest';
import { CALL_NAMES, COMMAND_CHANNEL, EVENT_CHANNEL, callArgs, callNameOf, channelOf } from './contract';
import { makeClient } from './client';

function transport() {
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  const client = makeClient(
    async (channel, args) => {
      invoked.push([channel, args]);
      return { ok: true, value: null };
    },
    (channel, listener) => {
      listeners.set(channel, listener);
      return () => listeners.delete(channel);
    },
  );
  return { client, invoked, send: (channel: string, payload: unknown) => listeners.get(channel)?.(payload) };
}

describe('the client the page gets', () => {
  it('has one function per declared call, and the two subscriptions, nothing else', () => {
    expect(Object.keys(transport().client).sort()).toEqual([...Object.keys(callArgs), 'onCommand', 'onEvent'].sort());
    expect([...CALL_NAMES].sort()).toEqual(Object.keys(callArgs).sort());
  });

  it("sends each call on its own channel, with the caller's arguments", async () => {
    const { client, invoked } = transport();
    await client.openArticle({ file: 'a.txt' });
    expect(invoked).toEqual([[channelOf('openArticle'), { file: 'a.txt' }]]);
    expect(callNameOf(channelOf('openArticle'))).toBe('openArticle');
    expect(callNameOf('annotator:toString')).toBeNull();
    expect(callNameOf('openArticle')).toBeNull();
  });

  it('passes on the menu commands of the table and events with a type, and drops anything else', () => {
    const { client, send } = transport();
    const commands: unknown[] = [];
    const events: unknown[] = [];
    client.onCommand((command) => commands.push(command));
    client.onEvent((event) => events.push(event));
    send(COMMAND_CHANNEL, 'showAbout');
    send(COMMAND_CHANNEL, 'rm -rf');
    send(EVENT_CHANNEL, { type: 'articleChanged', file: 'a.txt' });
    send(EVENT_CHANNEL, 'articleChanged');
    send(EVENT_CHANNEL, null);
    expect(commands).toEqual(['showAbout']);
    expect(events).toEqual([{ type: 'articleChanged', file: 'a.txt' }]);
  });
});
