/* global fetch */
// A minimal, independent Admin API reader for the soak test's checks: it logs in with an API key and
// GETs JSON. It shares no code with the client under test, so a bug there cannot hide here.
const API = '/api/admin/v3.0'

export async function adminReader(baseUrl, { publicKey, privateKey }) {
  const login = await fetch(`${baseUrl}${API}/auth/providers/mongodb-cloud/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ username: publicKey, apiKey: privateKey })
  })
  if (!login.ok) throw new Error(`login: HTTP ${login.status}`)
  const { access_token: token } = await login.json()
  return {
    async get(path) {
      const response = await fetch(`${baseUrl}${API}${path}`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' }
      })
      if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`)
      return response.json()
    }
  }
}
