import { screen } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { aCertificate } from '@/test/factories';
import { renderApp } from '@/test/render';

describe('VerifyPage', () => {
  it('checks the code typed in and shows what the certificate says', async () => {
    const { callsTo } = mockGraphql({ VerifyCertificate: { verifyCertificate: aCertificate() } });
    const { user, router } = await renderApp('/verify');
    await user.type(screen.getByRole('textbox', { name: 'Certificate code' }), '7k3m 9qxa 2b4c');
    await user.click(screen.getByRole('button', { name: 'Check' }));

    const valid = await screen.findByRole('region', { name: 'This certificate is genuine' });
    expect(valid.textContent).toContain('Owl');
    expect(valid.textContent).toContain('Protecting children online');
    expect(router.currentRoute.value.fullPath).toBe('/verify/7K3M9QXA2B4C');
    expect(callsTo('VerifyCertificate')[0]!.variables).toEqual({ code: '7K3M9QXA2B4C', locale: 'en' });
  });

  it('says so when no certificate has the code', async () => {
    mockGraphql({ VerifyCertificate: graphqlError('NOT_FOUND', 'errors.certificate.notFound') });
    await renderApp('/verify/7K3M9QXA2B4D');
    expect((await screen.findByRole('alert')).textContent).toContain('No certificate has this code');
    expect(screen.queryByRole('region', { name: 'This certificate is genuine' })).toBeNull();
  });

  it('refuses a code of the wrong length without asking the server', async () => {
    const { calls } = mockGraphql({});
    const { user } = await renderApp('/verify');
    await user.type(screen.getByRole('textbox', { name: 'Certificate code' }), 'ABC');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText(/A certificate code has 12 letters and digits/)).toBeTruthy();
    expect(calls).toHaveLength(0);
  });
});
