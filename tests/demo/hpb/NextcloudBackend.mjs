/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { createPublicKey, verify } from 'node:crypto'
import { checksum, newRandom } from './checksum.mjs'

export const FEATURES = [
	'audio-video-permissions',
	'dialout',
	'federation',
	'hello-v2',
	'incall-all',
	'join-features',
	'offer-codecs',
	'recipient-call',
	'serverinfo',
	'switchto',
	'transient-data',
	'transient-sessiondata',
	'welcome',
]
export const MCU_FEATURES = ['mcu', 'simulcast', 'update-sdp']

/** hub.go processHelloV2: jwt.WithLeeway(tokenLeeway), one minute. */
const TOKEN_LEEWAY_S = 60
/** hub.go processHelloV2: jwt.WithValidMethods, the public-key algorithms only. */
const JWT_ALGORITHMS = {
	RS256: { keyType: 'rsa', hash: 'sha256' },
	RS384: { keyType: 'rsa', hash: 'sha384' },
	RS512: { keyType: 'rsa', hash: 'sha512' },
	ES256: { keyType: 'ec', hash: 'sha256' },
	ES384: { keyType: 'ec', hash: 'sha384' },
	ES512: { keyType: 'ec', hash: 'sha512' },
	EdDSA: { keyType: 'ed25519', hash: null },
}
/** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), for Talk's bare base64 key. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

/** A refusal the client gets as `{type: 'error', error: {code, message}}`. */
export class SignalingError extends Error {
	/**
	 * @param {string} code the protocol error code
	 * @param {string} message for people
	 */
	constructor(code, message) {
		super(message)
		this.code = code
	}
}

/**
 * The signaling server's side of the conversation with one Nextcloud (Talk): signed backend
 * requests (`auth`, `room`, `ping`) to `…/api/v3/signaling/backend` (`v1` when Talk's capabilities
 * lack `signaling-v3`), and the hello v2 token
 * check with the public key Talk publishes in its capabilities.
 */
export class NextcloudBackend {
	/**
	 * @param {{ url: string, secret: string, features: string[], log: (line: string) => void, allowAll?: boolean }} options
	 *   url: the Nextcloud base URL ending in '/'; allowAll: accept hellos naming any URL
	 */
	constructor({ url, secret, features, log, allowAll = false }) {
		this.url = url
		this.allowAll = allowAll
		this.secret = secret
		this.features = features
		this.log = log
		/** @type {string | null} */
		this.tokenKey = null
		/** @type {boolean | null} whether Talk has `signaling-v3`; null until the capabilities were read */
		this.signalingV3 = null
	}

	/**
	 * Whether the base URL a hello names in auth.url (normalised as the server does) is ours.
	 *
	 * @param {unknown} authUrl the hello's auth.url
	 */
	matches(authUrl) {
		if (typeof authUrl !== 'string') {
			return false
		}
		let base = authUrl.endsWith('/') ? authUrl : authUrl + '/'
		const cut = base.indexOf('ocs/v2.php/apps/spreed/')
		if (cut !== -1) {
			base = base.slice(0, cut)
		}
		return this.allowAll || base === this.url
	}

	/**
	 * POST one backend request; answers the OCS data or throws a SignalingError.
	 *
	 * @param {object} request the body
	 */
	async request(request) {
		const body = JSON.stringify(request)
		const random = newRandom()
		let response
		try {
			if (this.signalingV3 === null) {
				await this.#key(true)
			}
			// talk/backend_client.go PerformJSONRequest: the v1 path, v3 once Talk has `signaling-v3`.
			response = await fetch(this.url + `ocs/v2.php/apps/spreed/api/${this.signalingV3 === true ? 'v3' : 'v1'}/signaling/backend`, {
				method: 'POST',
				headers: {
					'Content-Type': 'application/json',
					Accept: 'application/json',
					'OCS-APIRequest': 'true',
					'X-Spreed-Signaling-Features': this.features.join(', '),
					'Spreed-Signaling-Random': random,
					'Spreed-Signaling-Checksum': checksum(random, body, this.secret),
				},
				body,
				signal: AbortSignal.timeout(10_000),
			})
		} catch (error) {
			throw new SignalingError('internal_error', `Nextcloud could not be reached: ${error.message}`)
		}
		if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) {
			throw new SignalingError('internal_error', 'unsupported_content_type')
		}
		const data = (await response.json())?.ocs?.data
		if (data === undefined || data === null) {
			throw new SignalingError('internal_error', 'incomplete OCS response')
		}
		return data
	}

	/**
	 * Check a hello v2 JWT as server/hub.go processHelloV2 does: RS/ES 256/384/512 or EdDSA,
	 * signed with the key Talk publishes; `iat` not in the future and `exp` not passed (one
	 * minute leeway); no `iat` → token_not_valid_yet, no `exp` or `exp` before `iat` →
	 * token_expired. Resolves to the user id ('' for guests) and user data.
	 *
	 * @param {unknown} token the JWT
	 */
	async verifyToken(token) {
		if (typeof token !== 'string' || token.split('.').length !== 3) {
			throw new SignalingError('invalid_token', 'The token could not be parsed.')
		}
		const [header, payload, signature] = token.split('.')
		let alg, claims
		try {
			alg = JSON.parse(Buffer.from(header, 'base64url').toString()).alg
			claims = JSON.parse(Buffer.from(payload, 'base64url').toString())
		} catch {
			throw new SignalingError('invalid_token', 'The token could not be parsed.')
		}
		if (!this.#verifySignature(alg, `${header}.${payload}`, signature, await this.#key(false))
			&& !this.#verifySignature(alg, `${header}.${payload}`, signature, await this.#key(true))) {
			throw new SignalingError('invalid_token', 'The token could not be authenticated.')
		}
		const now = Date.now() / 1000
		const iat = typeof claims.iat === 'number' ? claims.iat : undefined
		const exp = typeof claims.exp === 'number' ? claims.exp : undefined
		if (iat !== undefined && iat > now + TOKEN_LEEWAY_S) {
			throw new SignalingError('token_not_valid_yet', 'The token is not valid yet.')
		}
		if (exp !== undefined && exp < now - TOKEN_LEEWAY_S) {
			throw new SignalingError('token_expired', 'The token is expired.')
		}
		if (iat !== undefined && exp !== undefined && exp < iat) {
			throw new SignalingError('token_expired', 'The token is expired.')
		}
		if (iat === undefined) {
			throw new SignalingError('token_not_valid_yet', 'The token is not valid yet.')
		}
		if (exp === undefined) {
			throw new SignalingError('token_expired', 'The token is expired.')
		}
		return { userId: typeof claims.sub === 'string' ? claims.sub : '', user: claims.userdata }
	}

	/**
	 * @param {string} alg the JWT's algorithm
	 * @param {string} signed header.payload
	 * @param {string} signature base64url
	 * @param {string | null} key PEM, or (Ed25519, as Talk publishes it) the base64 public key
	 */
	#verifySignature(alg, signed, signature, key) {
		const method = JWT_ALGORITHMS[alg]
		if (key === null || method === undefined) {
			return false
		}
		try {
			const publicKey = key.startsWith('-----BEGIN ')
				? createPublicKey(key)
				: createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(key, 'base64')]), format: 'der', type: 'spki' })
			if (publicKey.asymmetricKeyType !== method.keyType) {
				return false
			}
			return verify(method.hash, Buffer.from(signed), method.keyType === 'ec' ? { key: publicKey, dsaEncoding: 'ieee-p1363' } : publicKey, Buffer.from(signature, 'base64url'))
		} catch {
			return false
		}
	}

	/**
	 * The key from the capabilities, fetched once and again when asked to refresh.
	 *
	 * @param {boolean} refresh fetch again
	 */
	async #key(refresh) {
		if (this.tokenKey !== null && !refresh) {
			return this.tokenKey
		}
		try {
			const response = await fetch(this.url + 'ocs/v2.php/cloud/capabilities', {
				headers: { Accept: 'application/json', 'OCS-APIRequest': 'true' },
				signal: AbortSignal.timeout(10_000),
			})
			const capabilities = (await response.json())?.ocs?.data?.capabilities?.spreed
			this.tokenKey = capabilities?.config?.signaling?.['hello-v2-token-key'] ?? null
			this.signalingV3 = Array.isArray(capabilities?.features) && capabilities.features.includes('signaling-v3')
		} catch (error) {
			this.log(`capabilities of ${this.url} could not be read: ${error.message}`)
		}
		return this.tokenKey
	}
}
