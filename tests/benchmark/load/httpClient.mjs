/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { Agent, request } from 'node:http'

/*
 * One browser as the load test plays it: its own loopback source address (Nextcloud's rate
 * limiter and brute-force throttle count per address, so a hundred recipients from one address
 * would be refused as one client), one kept-alive connection, and its cookies. Plain HTTP, no
 * browser.
 */

const OCS_HEADERS = { 'OCS-APIRequest': 'true', Accept: 'application/json' }

export class BrowserClient {
	/**
	 * @param {string} baseUrl e.g. http://127.0.0.1:8080
	 * @param {string} localAddress a 127.x.y.z address the requests leave from
	 */
	constructor(baseUrl, localAddress) {
		this.baseUrl = new URL(baseUrl)
		this.agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress })
		/** @type {Map<string, string>} */
		this.cookies = new Map()
	}

	/**
	 * An OCS call; resolves with the status, the OCS data and how long it took (ms, until the
	 * whole answer was read).
	 *
	 * @param {string} method GET, POST, PUT, DELETE
	 * @param {string} path from the host root, e.g. /ocs/v2.php/apps/…
	 * @param {object} [options] body (JSON), extra headers
	 * @param {unknown} [options.body] sent as JSON
	 * @param {Record<string, string>} [options.headers] added to the OCS headers
	 * @return {Promise<{status: number, data: any, ms: number}>}
	 */
	async ocs(method, path, { body, headers = {} } = {}) {
		const answer = await this.send(method, path, body === undefined ? undefined : JSON.stringify(body), {
			...OCS_HEADERS,
			...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
			...headers,
		})
		let data = null
		try {
			data = JSON.parse(answer.text)?.ocs?.data ?? null
		} catch {
			// Not OCS (an HTML error page): the status says enough
		}
		return { status: answer.status, data, ms: answer.ms }
	}

	/**
	 * @param {string} method
	 * @param {string} path
	 * @param {string | undefined} body
	 * @param {Record<string, string>} headers
	 * @return {Promise<{status: number, text: string, ms: number}>}
	 */
	send(method, path, body, headers = {}) {
		const started = performance.now()
		return new Promise((resolve, reject) => {
			const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
			const outgoing = request({
				host: this.baseUrl.hostname,
				port: this.baseUrl.port,
				method,
				path,
				agent: this.agent,
				headers: { ...headers, ...(cookie === '' ? {} : { Cookie: cookie }), ...(body === undefined ? {} : { 'Content-Length': Buffer.byteLength(body) }) },
				timeout: 60_000,
			}, (incoming) => {
				for (const line of incoming.headers['set-cookie'] ?? []) {
					const [pair] = line.split(';')
					const at = pair.indexOf('=')
					const name = pair.slice(0, at).trim()
					const value = pair.slice(at + 1).trim()
					if (value === '' || value === 'deleted' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) {
						this.cookies.delete(name)
					} else {
						this.cookies.set(name, value)
					}
				}
				const chunks = []
				incoming.on('data', (chunk) => chunks.push(chunk))
				incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }))
				incoming.on('error', reject)
			})
			outgoing.on('timeout', () => outgoing.destroy(new Error(`${method} ${path}: no answer within 60 s`)))
			outgoing.on('error', reject)
			outgoing.end(body)
		})
	}

	close() {
		this.agent.destroy()
	}
}

/**
 * The i-th client's loopback address: 127.10.0.1, 127.10.0.2, … (Linux answers the whole
 * 127.0.0.0/8 on the loopback interface).
 *
 * @param {number} index from 0
 */
export function loopbackAddress(index) {
	return `127.10.${Math.floor(index / 250)}.${(index % 250) + 1}`
}
