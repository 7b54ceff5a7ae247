import { faMagnifyingGlass } from '@fortawesome/free-solid-svg-icons';
import { Drawer } from '../../../components/drawer/drawer';
import { findOpenerLink } from '../model/find-opener-link';
import { TabMessage } from './tab-message';

interface MissingObjectDrawerProps {
  /** The `?object=` value, to give focus back to its link. */
  opener: string;
  stepName: string | null;
  onClose: () => void;
}

/** The URL names an object this deployment does not have: say so, in the drawer. */
export function MissingObjectDrawer({ opener, stepName, onClose }: MissingObjectDrawerProps) {
  return (
    <Drawer title="Object not found" onClose={onClose} fallbackFocus={() => findOpenerLink(opener)}>
      <TabMessage icon={faMagnifyingGlass} title="This deployment has no such object">
        <p>
          {stepName === null
            ? 'No step of this deployment applied it. The link may be out of date.'
            : `The step “${stepName}” has no such object. The link may be out of date.`}
        </p>
      </TabMessage>
    </Drawer>
  );
}
