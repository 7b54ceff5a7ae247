import { faCopy, faDownload } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useState } from 'react';
import { Button } from '../../../components/button/button';
import { downloadText } from '../model/download-text';
import toolbar from './toolbar.module.css';

interface ManifestActionsProps {
  /** What Copy and Download give: always the masked text, as shown. */
  text: string | null;
  fileName: string;
  /** "live manifest", "applied manifest": for the buttons' accessible names. */
  what: string;
}

/** Copy to the clipboard and Download as a file, with a short confirmation. */
export function ManifestActions({ text, fileName, what }: ManifestActionsProps) {
  const [message, setMessage] = useState('');
  const copy = async () => {
    if (text === null) return;
    try {
      await navigator.clipboard.writeText(text);
      setMessage(`Copied the ${what}`);
    } catch {
      setMessage('The browser did not allow copying: select the text and copy it instead');
    }
  };
  return (
    <>
      <span className={toolbar.note} role="status">
        {message}
      </span>
      <Button
        onClick={() => void copy()}
        disabled={text === null}
        aria-label={`Copy the ${what}`}
        title={`Copy the ${what}`}
      >
        <FontAwesomeIcon icon={faCopy} />
        Copy
      </Button>
      <Button
        onClick={() => {
          if (text === null) return;
          downloadText(text, fileName);
          setMessage(`Downloaded ${fileName}`);
        }}
        disabled={text === null}
        aria-label={`Download the ${what} as ${fileName}`}
        title={`Download the ${what} as ${fileName}`}
      >
        <FontAwesomeIcon icon={faDownload} />
        Download
      </Button>
    </>
  );
}
