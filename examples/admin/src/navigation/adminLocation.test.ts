import { describe, expect, it } from 'vitest';
import { noFilters } from '../contracts/contractFilters.js';
import { formatAdminLocation, homeLocation, parseAdminLocation } from './adminLocation.js';

describe('the admin location in the query string', () => {
  it('leaves the defaults out, so the home location is the bare URL', () => {
    expect(formatAdminLocation(homeLocation)).toBe('');
    expect(parseAdminLocation('')).toEqual(homeLocation);
  });

  it('writes and reads back a screen, every filter, a page and a contract', () => {
    const location = {
      screen: 'customers',
      filters: { status: 'CONCLUDED', signature: 'excluded', tagId: 3, title: '유지보수 & 계약' },
      offset: 10,
      contract: { customKey: 'PARTNER-2025-001' },
    } as const;
    const search = formatAdminLocation(location);
    expect(search).toBe(
      '?screen=customers&status=CONCLUDED&signature=excluded&tag=3&q=%EC%9C%A0%EC%A7%80%EB%B3%B4%EC%88%98+%26+%EA%B3%84%EC%95%BD&page=3&customKey=PARTNER-2025-001',
    );
    expect(parseAdminLocation(search)).toEqual(location);
  });

  it('reads a uuid in lower case, and prefers it to a customKey', () => {
    const uuid = 'ED976505-BCBD-47BD-913D-F4CDE05DEA7A';
    expect(parseAdminLocation(`?contract=${uuid}&customKey=K-1`).contract).toEqual({ uuid: uuid.toLowerCase() });
  });

  it('falls back to the defaults for anything unknown or malformed in a hand-edited URL', () => {
    expect(parseAdminLocation('?screen=admin&status=DONE&signature=maybe&tag=-2&page=0&contract=%20')).toEqual({
      screen: 'contracts',
      filters: noFilters,
      offset: 0,
      contract: null,
    });
    expect(parseAdminLocation('?page=abc&tag=1.5').offset).toBe(0);
  });
});
