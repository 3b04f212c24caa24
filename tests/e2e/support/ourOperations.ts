/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repositoryRoot } from './demoServer.ts'

/** One operation of our OCS API, as our OpenAPI documents declare it. */
export interface OurOperation {
	verb: string
	/** e.g. /ocs/v2.php/apps/video_verification/api/v1/shares/{shareId} */
	path: string
	operationId: string
	/** callable without a login */
	anonymous: boolean
	pathParameters: string[]
	/** header parameters other than OCS-APIRequest */
	headerParameters: string[]
	/** a body with every required field set to a plain value of its type, or null without a body */
	minimalBody: Record<string, unknown> | null
}

interface Schema {
	type?: string
	enum?: unknown[]
	properties?: Record<string, Schema>
	required?: string[]
}

/**
 * Every operation of the top-level openapi*.json (one per scope; openapi-full.json repeats
 * them), so that the e2e security checks cover operations added later.
 */
export function ourOperations(): OurOperation[] {
	const files = readdirSync(repositoryRoot).filter((file) => /^openapi.*\.json$/.test(file))
	const scoped = files.filter((file) => file !== 'openapi-full.json')
	const operations = new Map<string, OurOperation>()
	for (const file of scoped.length > 0 ? scoped : files) {
		const document = JSON.parse(readFileSync(join(repositoryRoot, file), 'utf8')) as { paths: Record<string, Record<string, { operationId: string, security?: object[], parameters?: { name: string, in: string }[], requestBody?: { content: Record<string, { schema: Schema }> } }>> }
		for (const [path, item] of Object.entries(document.paths)) {
			for (const [verb, operation] of Object.entries(item)) {
				if (!['get', 'put', 'post', 'delete', 'patch'].includes(verb)) {
					continue
				}
				const security = operation.security ?? []
				const parameters = operation.parameters ?? []
				const bodySchema = operation.requestBody?.content['application/json']?.schema
				operations.set(`${verb} ${path}`, {
					verb: verb.toUpperCase(),
					path,
					operationId: operation.operationId,
					anonymous: security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0),
					pathParameters: parameters.filter((p) => p.in === 'path').map((p) => p.name),
					headerParameters: parameters.filter((p) => p.in === 'header' && p.name.toLowerCase() !== 'ocs-apirequest').map((p) => p.name),
					minimalBody: bodySchema === undefined ? null : minimalBody(bodySchema),
				})
			}
		}
	}
	return [...operations.values()]
}

/**
 * @param path - the operation's path
 * @param values - path parameter values
 */
export function urlOf(path: string, values: Record<string, string>): string {
	return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? '1'))
}

/**
 * @param schema - a JSON body schema
 */
function minimalBody(schema: Schema): Record<string, unknown> {
	const body: Record<string, unknown> = {}
	for (const name of schema.required ?? []) {
		const property = schema.properties?.[name] ?? {}
		body[name] = property.enum?.[0] ?? ({ boolean: false, integer: 1, number: 1, string: 'x', array: [], object: {} } as Record<string, unknown>)[property.type ?? 'string']
	}
	return body
}
