import { LearningSchema1795419134000 } from './1795419134000-learning-schema';
import { StaffSessions1795419788000 } from './1795419788000-staff-sessions';
import { Groups1795420071000 } from './1795420071000-groups';
import { LiveSessions1795420260000 } from './1795420260000-live-sessions';
import { Certificates1795421954000 } from './1795421954000-certificates';
import { StaffInvitations1795430000000 } from './1795430000000-staff-invitations';
import { TestPairing1795430100000 } from './1795430100000-test-pairing';
import { Campaigns1795440000000 } from './1795440000000-campaigns';
import { ClientIds1795440991000 } from './1795440991000-client-ids';

/** In order. Never edit a migration once committed: add a new one. */
export const MIGRATIONS = [LearningSchema1795419134000, StaffSessions1795419788000, Groups1795420071000, LiveSessions1795420260000, Certificates1795421954000,
  StaffInvitations1795430000000, TestPairing1795430100000, Campaigns1795440000000, ClientIds1795440991000,
];
