// Cloud regions an app can be deployed to (the spec's region enums) and the location each maps to: one list
// for the validator (a provider_region App Services refuses is an error) and the emulator.

export interface Region {
  readonly id: string
  readonly name: string
  readonly cloud_provider: 'aws' | 'azure' | 'gcp'
  readonly country: string
  readonly location: string
}

const REGIONS: readonly Region[] = [
  {
    id: 'aws-us-east-1',
    name: 'Virginia (us-east-1)',
    cloud_provider: 'aws',
    country: 'usa',
    location: 'US-VA'
  },
  {
    id: 'aws-us-west-2',
    name: 'Oregon (us-west-2)',
    cloud_provider: 'aws',
    country: 'usa',
    location: 'US-OR'
  },
  { id: 'aws-us-east-2', name: 'Ohio (us-east-2)', cloud_provider: 'aws', country: 'usa', location: 'US-VA' },
  {
    id: 'aws-eu-central-1',
    name: 'Frankfurt (eu-central-1)',
    cloud_provider: 'aws',
    country: 'deu',
    location: 'DE-FF'
  },
  { id: 'aws-eu-west-1', name: 'Ireland (eu-west-1)', cloud_provider: 'aws', country: 'irl', location: 'IE' },
  { id: 'aws-eu-west-2', name: 'London (eu-west-2)', cloud_provider: 'aws', country: 'gbr', location: 'IE' },
  {
    id: 'aws-ap-southeast-1',
    name: 'Singapore (ap-southeast-1)',
    cloud_provider: 'aws',
    country: 'sgp',
    location: 'SG'
  },
  {
    id: 'aws-ap-southeast-2',
    name: 'Sydney (ap-southeast-2)',
    cloud_provider: 'aws',
    country: 'aus',
    location: 'AU'
  },
  {
    id: 'aws-ap-south-1',
    name: 'Mumbai (ap-south-1)',
    cloud_provider: 'aws',
    country: 'ind',
    location: 'IN-MB'
  },
  {
    id: 'aws-sa-east-1',
    name: 'São Paulo (sa-east-1)',
    cloud_provider: 'aws',
    country: 'bra',
    location: 'BR-SP'
  },
  {
    id: 'azure-eastus2',
    name: 'Virginia (eastus2)',
    cloud_provider: 'azure',
    country: 'usa',
    location: 'US-VA'
  },
  {
    id: 'azure-westus',
    name: 'California (westus)',
    cloud_provider: 'azure',
    country: 'usa',
    location: 'US-OR'
  },
  {
    id: 'azure-westeurope',
    name: 'Netherlands (westeurope)',
    cloud_provider: 'azure',
    country: 'nld',
    location: 'IE'
  },
  {
    id: 'azure-eastasia',
    name: 'Hong Kong (eastasia)',
    cloud_provider: 'azure',
    country: 'hkg',
    location: 'SG'
  },
  {
    id: 'azure-southeastasia',
    name: 'Singapore (southeastasia)',
    cloud_provider: 'azure',
    country: 'sgp',
    location: 'SG'
  },
  {
    id: 'gcp-us-central1',
    name: 'Iowa (us-central1)',
    cloud_provider: 'gcp',
    country: 'usa',
    location: 'US-VA'
  },
  {
    id: 'gcp-us-east4',
    name: 'Virginia (us-east4)',
    cloud_provider: 'gcp',
    country: 'usa',
    location: 'US-VA'
  },
  { id: 'gcp-us-west1', name: 'Oregon (us-west1)', cloud_provider: 'gcp', country: 'usa', location: 'US-OR' },
  {
    id: 'gcp-europe-west1',
    name: 'Belgium (europe-west1)',
    cloud_provider: 'gcp',
    country: 'bel',
    location: 'IE'
  },
  {
    id: 'gcp-asia-south1',
    name: 'Mumbai (asia-south1)',
    cloud_provider: 'gcp',
    country: 'ind',
    location: 'IN-MB'
  }
]

export const LOCATIONS: readonly string[] = ['US-VA', 'US-OR', 'DE-FF', 'IE', 'AU', 'IN-MB', 'SG', 'BR-SP']

export function findRegion(id: string): Region | undefined {
  return REGIONS.find(r => r.id === id)
}

/** The first region of a location (used when a client gives a location but no region). */
export function regionForLocation(location: string): Region | undefined {
  return REGIONS.find(r => r.location === location)
}

/** The `GET /provider_regions` body. */
export function providerRegions(): Array<Record<string, unknown>> {
  return REGIONS.map(({ id, name, cloud_provider, country }) => ({
    id,
    name,
    cloud_provider,
    country,
    deployment_models: ['GLOBAL', 'LOCAL']
  }))
}
