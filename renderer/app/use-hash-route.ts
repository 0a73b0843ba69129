import { useEffect, useState } from 'react';

/** The article file named by the URL hash (`#/article/<file>`), or null. */
export function useArticleFromHash(): string | null {
  const read = () => {
    const match = /^#\/article\/(.+)$/u.exec(window.location.hash);
    return match?.[1] ? decodeURIComponent(match[1]) : null;
  };
  const [file, setFile] = useState(read);
  useEffect(() => {
    const onChange = () => setFile(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return file;
}
