// Every migration, in order. Append new ones; never edit one that has landed.
import { Foundation1764100000000 } from './1764100000000-Foundation';
import { CatalogOrdersTickets1764200000000 } from './1764200000000-CatalogOrdersTickets';
import { AuthAccess1764300000000 } from './1764300000000-AuthAccess';
import { Uploads1764400000000 } from './1764400000000-Uploads';
import { Conversations1764500000000 } from './1764500000000-Conversations';
import { ChatClientMessageIds1764600000000 } from './1764600000000-ChatClientMessageIds';
import { PrivacyLookups1764700000000 } from './1764700000000-PrivacyLookups';

export const ALL_MIGRATIONS = [
  Foundation1764100000000,
  CatalogOrdersTickets1764200000000,
  AuthAccess1764300000000,
  Uploads1764400000000,
  Conversations1764500000000,
  ChatClientMessageIds1764600000000,
  PrivacyLookups1764700000000,
];
