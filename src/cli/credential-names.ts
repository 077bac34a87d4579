// The Atlas CLI's environment variable names for the API key pair and the project, which realm-deploy
// reads too. Apart from credentials.ts so that the main --help can name them without loading the
// Admin API client.
export const publicKeyEnv = 'MONGODB_ATLAS_PUBLIC_API_KEY'
export const privateKeyEnv = 'MONGODB_ATLAS_PRIVATE_API_KEY'
export const projectIdEnv = 'MONGODB_ATLAS_PROJECT_ID'
