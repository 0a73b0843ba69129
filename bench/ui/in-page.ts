/**
 * What the benchmark runs inside the page. Each function is handed to
 * `page.evaluate`, so it is self-contained (no imports, no closure) and
 * times with the page's own clock: Playwright's round trips would blur a
 * figure of one frame.
 *
 * "Painted" means: the content is in the DOM, and the next frame's
 * requestAnimationFrame has come and a task posted from there has run, i.e.
 * that frame's style, layout and paint are done (for a key press, a task of
 * the highest priority: selectPhraseAndWatch).
 */

export interface OpenTimes {
  /** From the request (the article link followed) to the article's data in the renderer. */
  receivedMs: number;
  /** From the request to the first screen of text with its highlights painted. */
  firstScreenMs: number;
  /** From the request to every paragraph and highlight in the DOM, painted, and the page free to take input. */
  fullMs: number;
  /** From the data's arrival to the first screen painted. */
  firstScreenFromDataMs: number;
  /** From the data's arrival to full. */
  fullFromDataMs: number;
  /** Highlight marks in the DOM at full (a long article draws those near the view: viewer/drawn-lines.ts). */
  marksAtFull: number;
}

/** Follows an article link and times the first screen and the full article (see OpenTimes). */
export async function openArticleTimed(args: { hash: string; firstLine: string; lastLine: string; paragraphs: number; textLength: number }): Promise<OpenTimes> {
  const afterPaint = () =>
    new Promise<number>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      requestAnimationFrame(() => channel.port2.postMessage(null));
    });
  // The paint of the first frame after `ready()` became true. Checked on each
  // DOM change (a MutationObserver, at once), not once a frame: a check in
  // requestAnimationFrame misses content added after it in the same frame
  // and counts it a frame late, where the baseline (set, then painted) is not.
  const untilPainted = (ready: () => boolean) =>
    new Promise<number>((resolve) => {
      let done = false;
      const settle = () => {
        if (done || !ready()) return;
        done = true;
        observer.disconnect();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        requestAnimationFrame(() => channel.port2.postMessage(null));
      };
      const observer = new MutationObserver(settle);
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'aria-busy'] });
      settle();
    });
  const text = () => document.querySelector('.article-text');
  const painted = (mark: Element | null | undefined) => mark instanceof HTMLElement && mark.style.getPropertyValue('--hl') !== '';

  await afterPaint();
  // Started at a random point of the frame, as the baseline (staticPaintTimed).
  // Started right after a paint, the data came back through the bridge at
  // about the same point of every frame, and a short article's times
  // clustered on that point's luck (one side of the ratio random, the other not).
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 16));
  performance.clearMarks();
  const firstScreenPainted = untilPainted(() => {
    const root = text();
    if (root?.querySelector('p')?.textContent !== args.firstLine) return false;
    const mark = root.querySelector('mark');
    return painted(mark) && mark!.getBoundingClientRect().top < innerHeight;
  });
  const fullPainted = untilPainted(() => {
    const root = text();
    // aria-busy first: cheap, and false only once every line is built.
    if (!root || root.getAttribute('aria-busy') !== 'false') return false;
    // The paragraphs wherever they are (in blocks of lines: renderer/viewer/line-blocks.ts).
    const paragraphs = root.getElementsByTagName('p');
    if (paragraphs.length !== args.paragraphs || paragraphs[paragraphs.length - 1]?.textContent !== args.lastLine) return false;
    const marks = root.querySelectorAll('mark');
    return painted(marks[marks.length - 1]);
  });
  const t0 = performance.now();
  location.hash = args.hash;
  const [firstScreen, full] = await Promise.all([firstScreenPainted, fullPainted]);
  // For a trace of several opens (bench/ui/profile.ts traced): where each one ended.
  performance.mark('bench:full-painted');
  // After the timing: at full, the text of every line is in the DOM, as in the static page (placeholders included).
  const root = text()!;
  if (root.textContent?.length !== args.textLength) throw new Error(`At "full", the article's text in the DOM has ${root.textContent?.length} characters, not ${args.textLength}.`);
  const marksAtFull = root.querySelectorAll('mark').length;
  const received = performance.getEntriesByName('ra:article-received').at(-1)?.startTime ?? t0;
  return {
    receivedMs: received - t0,
    firstScreenMs: firstScreen - t0,
    fullMs: full - t0,
    firstScreenFromDataMs: firstScreen - received,
    fullFromDataMs: full - received,
    marksAtFull,
  };
}

/** The baseline: the same content set as innerHTML of a container styled like the viewer, timed to its paint. */
export async function staticPaintTimed(args: { html: string; width: number; hinted: boolean }): Promise<number> {
  const afterPaint = () =>
    new Promise<number>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      requestAnimationFrame(() => channel.port2.postMessage(null));
    });
  document.body.replaceChildren();
  await afterPaint();
  const scroll = document.createElement('div');
  scroll.className = 'article-scroll';
  scroll.style.height = '100vh';
  const article = document.createElement('article');
  // The app's rendering hint for long articles (content-visibility), or none: the plain static page.
  article.className = args.hinted ? 'article article--long' : 'article';
  const text = document.createElement('div');
  text.className = 'article-text';
  text.style.width = `${args.width}px`;
  article.append(text);
  scroll.append(article);
  document.body.append(scroll);
  await afterPaint();
  // Started at a random point of the frame, as the app's run (openArticleTimed):
  // right after a paint, the baseline would always wait a whole frame for the next.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 16));
  const t0 = performance.now();
  text.innerHTML = args.html;
  return (await afterPaint()) - t0;
}

/**
 * Selects a passage of the open article (the first text holding `phrase`
 * outside any highlight), for the analyst to tag it from the keyboard, and
 * starts timing (TagTimes) from the key press (the keydown event's time).
 * `tagTimes` collects it.
 */
export async function selectPhraseAndWatch(phrase: string): Promise<boolean> {
  const root = document.querySelector('.article-text') as HTMLElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let node: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n as Text).data.includes(phrase) && !n.parentElement?.closest('mark')) {
      node = n as Text;
      break;
    }
  }
  if (!node) return false;
  const at = node.data.indexOf(phrase);
  root.focus({ preventScroll: true });
  node.parentElement!.scrollIntoView({ block: 'center' });
  getSelection()!.setBaseAndExtent(node, at, node, at + phrase.length);
  // The end of a mouse selection: the tagging toolbar takes it.
  node.parentElement!.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 100));

  const times = new Promise<TagTimes>((resolve) => {
    let t0 = 0;
    window.addEventListener(
      'keydown',
      (event) => {
        t0 = event.timeStamp;
        // For a trace of the whole window, key press to paint (bench/ui/profile.ts traced).
        performance.mark('bench:key-pressed', { startTime: t0 });
      },
      { capture: true, once: true },
    );
    for (const name of ['ra:highlight-shown', 'ra:highlight-received', 'ra:highlight-reconciled']) performance.clearMarks(name);
    const last = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime;
    const observer = new MutationObserver(() => {
      if (![...root.querySelectorAll('mark')].some((m) => m.textContent === phrase)) return;
      observer.disconnect();
      // The viewer marks the end of its update; this observer may run later, after other work queued before it.
      const reconciled = last('ra:highlight-reconciled') ?? performance.now();
      const shown = last('ra:highlight-shown') ?? t0;
      // After the frame that paints the highlight: a task of the
      // highest priority posted from its animation callbacks runs as soon as
      // that frame's paint is done. A message of normal priority waited behind
      // the tasks queued by then (the key's release, React's scheduled work,
      // the selection's change) and, often, behind the next frame too.
      const afterFrame = (run: () => void) => {
        const scheduler = (globalThis as { scheduler?: { postTask(task: () => void, options: { priority: string }): Promise<void> } }).scheduler;
        if (scheduler) return void scheduler.postTask(run, { priority: 'user-blocking' });
        const channel = new MessageChannel();
        channel.port1.onmessage = run;
        channel.port2.postMessage(null);
      };
      const onPainted = () => {
        const painted = performance.now();
        performance.mark('bench:highlight-painted', { startTime: painted });
        // Painted ahead of the save: the durable save's answer comes after.
        const saved = () => {
          const received = last('ra:highlight-received');
          if (received === undefined) return void setTimeout(saved, 2);
          resolve({ reconciledMs: reconciled - shown, paintedMs: painted - t0, saveMs: received - t0 });
        };
        saved();
      };
      requestAnimationFrame(() => afterFrame(onPainted));
    });
    observer.observe(root, { childList: true, subtree: true });
  });
  (window as unknown as { __tagTimes: typeof times }).__tagTimes = times;
  return true;
}

export interface TagTimes {
  /** From the highlight's arrival in the store (at the key press, before its save) to the reconciled DOM. */
  reconciledMs: number;
  /** From the key press to the highlight on screen (the frame after it is in the DOM), marked as saving. */
  paintedMs: number;
  /** From the key press to the core's answer that the highlight is on disk. */
  saveMs: number;
}

export function tagTimes(): Promise<TagTimes> {
  return (window as unknown as { __tagTimes: Promise<TagTimes> }).__tagTimes;
}

/**
 * Opens a set as the analyst does, with the Open button (the folder was
 * queued as the dialog's answer), and times it to its article list painted.
 */
export async function openSetTimed(args: { button: string; articles: number }): Promise<number> {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === args.button);
  if (!button) throw new Error(`No "${args.button}" button`);
  const t0 = performance.now();
  button.click();
  const done = await new Promise<number>((resolve) => {
    const tick = () => {
      if (document.querySelectorAll('nav.articles li').length !== args.articles) return void requestAnimationFrame(tick);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(tick);
  });
  return done - t0;
}
