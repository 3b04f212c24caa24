<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Video Verification contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCP;

/**
 * Signature stub of OCP\BeforeSabrePubliclyLoadedEvent (since 26.0.0): dispatched by
 * apps/dav/appinfo/v2/publicremote.php (and v1/publicwebdav.php) before the public WebDAV
 * server starts, so that apps add plugins or listeners.
 */
class BeforeSabrePubliclyLoadedEvent extends SabrePluginEvent {
}
