import { LearningSchema1795419134000 } from './1795419134000-learning-schema';
import { StaffSessions1795419788000 } from './1795419788000-staff-sessions';

/** In order. Never edit a migration once committed: add a new one. */
export const MIGRATIONS = [LearningSchema1795419134000, StaffSessions1795419788000];
