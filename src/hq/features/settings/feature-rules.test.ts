import { describe, expect, it } from 'vitest';
import { featureConflict, type CustomerFeatures } from '../../../contract/register.ts';
import { featureDefinitions, switchBlockedReason, type FeatureKey } from './feature-rules.ts';

const features = (address: boolean, enhanced: boolean, editing: boolean): CustomerFeatures => ({
  asyncAddressCreation: address,
  enhancedAsyncCreation: enhanced,
  asyncCustomerEditing: editing,
});

const conflict = featureConflict(features(false, false, true));

describe('switchBlockedReason', () => {
  it.each<{ case: string; now: CustomerFeatures; key: FeatureKey; blocked: boolean }>([
    {
      case: '10.0.29 cannot go on with both prerequisites off',
      now: features(false, false, false),
      key: 'asyncCustomerEditing',
      blocked: true,
    },
    {
      case: '10.0.29 cannot go on with 10.0.24 off',
      now: features(true, false, false),
      key: 'asyncCustomerEditing',
      blocked: true,
    },
    {
      case: '10.0.29 cannot go on with 10.0.22 off',
      now: features(false, true, false),
      key: 'asyncCustomerEditing',
      blocked: true,
    },
    {
      case: '10.0.29 can go on with both prerequisites on',
      now: features(true, true, false),
      key: 'asyncCustomerEditing',
      blocked: false,
    },
    {
      case: '10.0.29 can always go off',
      now: features(true, true, true),
      key: 'asyncCustomerEditing',
      blocked: false,
    },
    {
      case: '10.0.22 cannot go off while 10.0.29 is on',
      now: features(true, true, true),
      key: 'asyncAddressCreation',
      blocked: true,
    },
    {
      case: '10.0.24 cannot go off while 10.0.29 is on',
      now: features(true, true, true),
      key: 'enhancedAsyncCreation',
      blocked: true,
    },
    {
      case: '10.0.22 can go off while 10.0.29 is off',
      now: features(true, true, false),
      key: 'asyncAddressCreation',
      blocked: false,
    },
    {
      case: '10.0.24 can go on by itself',
      now: features(false, false, false),
      key: 'enhancedAsyncCreation',
      blocked: false,
    },
    {
      case: 'a saved conflict can be undone by turning 10.0.29 off',
      now: features(false, false, true),
      key: 'asyncCustomerEditing',
      blocked: false,
    },
  ])('$case', ({ now, key, blocked }) => {
    expect(switchBlockedReason(now, key)).toBe(blocked ? conflict : null);
  });
});

describe('featureDefinitions', () => {
  it('lists the three switches with the names and versions Feature management uses', () => {
    expect(featureDefinitions.map((f) => [f.label, f.version])).toEqual([
      ['Enable the asynchronous creation for customer addresses', '10.0.22'],
      ['Enable enhanced async customer creation', '10.0.24'],
      ['Enable editing customers in asynchronous mode', '10.0.29'],
    ]);
  });
});
