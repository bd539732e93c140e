import { describe, expect, it } from 'vitest';
import { addressPolicy } from '../../../../src/article/intake/address-policy.js';

const strict = addressPolicy(false);
const localTesting = addressPolicy(true);

describe('addressPolicy', () => {
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700::1111', '2a00:1450:4001:82a::200e'])('lets public %s through', (address) => {
    expect(strict(address)).toBe(true);
    expect(localTesting(address)).toBe(true);
  });

  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '::1',
    '10.0.0.1',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.1.1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '100.64.0.1',
  ])('refuses loopback and private %s unless local testing allows it', (address) => {
    expect(strict(address)).toBe(false);
    expect(localTesting(address)).toBe(true);
  });

  it.each([
    '169.254.169.254',
    '169.254.170.2',
    '100.100.100.200',
    'fd00:ec2::254',
    'fe80::1',
    '::ffff:169.254.169.254',
    '0.0.0.0',
    '::',
    '224.0.0.1',
    '255.255.255.255',
    '192.0.2.10',
    '64:ff9b::7f00:1',
    '2002:7f00:1::',
    '::7f00:1',
    'not an address',
  ])('always refuses link-local, cloud metadata, unspecified, multicast, reserved and tunnelled %s', (address) => {
    expect(strict(address)).toBe(false);
    expect(localTesting(address)).toBe(false);
  });
});
