import { ArchivePage } from '@/components/ArchivePage';
import { mount } from '@/components/mount';
import { saveZip } from '@/lib/archive/save-zip';
import { openStore } from '@/lib/db';
import '../popup/popup.css';
import '../issue/issue.css';
import './archive.css';

mount(<ArchivePage env={{ store: openStore(), saveZip: (name, bytes) => saveZip(document, name, bytes) }} />);
