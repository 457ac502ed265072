import { describe, expect, it } from 'vitest';
import { guardRequest, MAX_BODY_BYTES } from './request-guard';

const HOST = 'localhost:3000';

function request(method: string, pathname: string, headers: Record<string, string | undefined>) {
  return {
    method,
    pathname,
    headers: new Headers({
      host: HOST,
      ...(Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<
        string,
        string
      >),
    }),
  };
}

const json = { 'content-type': 'application/json', 'content-length': '20' };

describe('guardRequest', () => {
  it.each([
    { what: 'a read from anywhere', method: 'GET', headers: { 'sec-fetch-site': 'cross-site' } },
    {
      what: 'a same-origin fetch',
      method: 'POST',
      headers: { ...json, 'sec-fetch-site': 'same-origin' },
    },
    {
      what: 'a typed-in navigation',
      method: 'POST',
      headers: { ...json, 'sec-fetch-site': 'none' },
    },
    {
      what: 'an old browser on this host',
      method: 'POST',
      headers: { ...json, origin: 'http://localhost:3000' },
    },
    {
      what: 'behind a proxy that forwards the host',
      method: 'PUT',
      headers: { ...json, origin: 'https://slope.example', 'x-forwarded-host': 'slope.example' },
    },
    { what: 'a script without Origin', method: 'POST', headers: json },
    { what: 'a body-less POST', method: 'POST', headers: { 'sec-fetch-site': 'same-origin' } },
    {
      what: 'JSON with a charset',
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': '2' },
    },
  ])('lets through $what', ({ method, headers }) => {
    expect(guardRequest(request(method, '/api/classes/join', headers))).toBeNull();
  });

  it.each([
    { what: 'another site', headers: { ...json, 'sec-fetch-site': 'cross-site' } },
    { what: 'another port of this host', headers: { ...json, 'sec-fetch-site': 'same-site' } },
    { what: 'another port (Origin only)', headers: { ...json, origin: 'http://localhost:3001' } },
    { what: 'an opaque origin', headers: { ...json, origin: 'null' } },
  ])('refuses a write from $what with 403', ({ headers }) => {
    expect(guardRequest(request('POST', '/api/classes/join', headers))?.status).toBe(403);
  });

  it('refuses cross-origin server actions and sign-outs too', () => {
    const headers = { 'sec-fetch-site': 'same-site', 'next-action': 'abc' };
    expect(guardRequest(request('POST', '/signup', headers))?.status).toBe(403);
    expect(guardRequest(request('POST', '/api/auth/signout', headers))?.status).toBe(403);
  });

  it.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    '',
  ])('refuses a JSON API body sent as %j with 415', (type) => {
    const headers = { 'content-length': '9', ...(type ? { 'content-type': type } : {}) };
    expect(guardRequest(request('POST', '/api/practice', headers))?.status).toBe(415);
  });

  it('leaves next-auth its form posts', () => {
    const headers = { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '9' };
    expect(guardRequest(request('POST', '/api/auth/callback/credentials', headers))).toBeNull();
  });

  it('refuses a body over the limit with 413 before anything reads it', () => {
    const headers = { ...json, 'content-length': String(MAX_BODY_BYTES + 1) };
    expect(guardRequest(request('POST', '/api/submissions', headers))?.status).toBe(413);
    expect(guardRequest(request('POST', '/signup', headers))?.status).toBe(413);
  });
});
