# `make run` opens the app, `make test` runs the checks. Both build .venv when it is missing.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint contracts bench clean translations bundle bundle-check

$(STAMP): pyproject.toml
	test -x $(PY) || $$(tools/find-python) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,cluster]'
	touch $(STAMP)

# the system libraries of Qt's window plugin first: one line with the install command if any is missing
run: $(STAMP)
	@QT_QPA_PLATFORM= $(PY) -m ui.syscheck
	QT_QPA_PLATFORM= $(VENV)/bin/diplomat-studio

lint: $(STAMP)
	$(VENV)/bin/ruff check app ui tests benchmarks tools

# The layers of app/ and the core's independence from the GUI (pyproject.toml [tool.importlinter])
contracts: $(STAMP)
	$(VENV)/bin/lint-imports

test: $(STAMP) lint contracts
	$(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(PY) benchmarks/render_bench.py

clean:
	rm -rf $(VENV) build dist *.egg-info

# Re-extract the interface strings, fill the English and compile the committed .qm
translations: $(STAMP)
	$(PY) tools/update_translations.py

# Desktop integration (Linux), per user: the launcher, the AppStream metainfo, the icons and the
# .diplomat MIME type under $XDG_DATA_HOME (default ~/.local/share). Exec points at the
# diplomat-studio on PATH, else at this checkout's .venv; DESKTOP_EXEC=... picks another (a bundle).
.PHONY: install-desktop uninstall-desktop validate-desktop
APP_ID := id.diplomatstudio.DiplomatStudio
LINUX_DIR := packaging/linux
DATA_HOME := $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
ICON_SIZES := 16 32 48 64 128 256 512
DESKTOP_EXEC ?= $(or $(shell command -v diplomat-studio 2>/dev/null),$(CURDIR)/$(VENV)/bin/diplomat-studio)

install-desktop:
	install -Dm644 $(LINUX_DIR)/$(APP_ID).metainfo.xml $(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml
	install -Dm644 $(LINUX_DIR)/$(APP_ID).mime.xml $(DATA_HOME)/mime/packages/$(APP_ID).xml
	install -Dm644 $(LINUX_DIR)/icons/$(APP_ID).svg $(DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg
	for s in $(ICON_SIZES); do \
	  install -Dm644 $(LINUX_DIR)/icons/hicolor/$${s}x$${s}/apps/$(APP_ID).png \
	    $(DATA_HOME)/icons/hicolor/$${s}x$${s}/apps/$(APP_ID).png || exit 1; done
	mkdir -p $(DATA_HOME)/applications
	sed -e 's|^Exec=diplomat-studio |Exec=$(DESKTOP_EXEC) |' -e 's|^TryExec=diplomat-studio$$|TryExec=$(DESKTOP_EXEC)|' \
	  $(LINUX_DIR)/$(APP_ID).desktop > $(DATA_HOME)/applications/$(APP_ID).desktop
	@$(MAKE) --no-print-directory _refresh-desktop-caches

uninstall-desktop:
	rm -f $(DATA_HOME)/applications/$(APP_ID).desktop $(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml \
	  $(DATA_HOME)/mime/packages/$(APP_ID).xml $(DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg \
	  $(foreach s,$(ICON_SIZES),$(DATA_HOME)/icons/hicolor/$(s)x$(s)/apps/$(APP_ID).png)
	@$(MAKE) --no-print-directory _refresh-desktop-caches

# Each tool only if the desktop has it (a minimal system may lack all three)
_refresh-desktop-caches:
	if command -v update-mime-database >/dev/null && [ -d $(DATA_HOME)/mime/packages ]; then \
	  update-mime-database $(DATA_HOME)/mime; fi
	if command -v update-desktop-database >/dev/null && [ -d $(DATA_HOME)/applications ]; then \
	  update-desktop-database -q $(DATA_HOME)/applications; fi
	if command -v gtk-update-icon-cache >/dev/null && [ -d $(DATA_HOME)/icons/hicolor ]; then \
	  gtk-update-icon-cache -q -t -f $(DATA_HOME)/icons/hicolor; fi

validate-desktop:
	desktop-file-validate $(LINUX_DIR)/$(APP_ID).desktop
	appstreamcli validate --no-net --pedantic $(LINUX_DIR)/$(APP_ID).metainfo.xml

# The desktop bundle: one folder, dist/diplomat-studio/, with `diplomat` and `diplomat-studio`,
# and its .tar.gz. Built from a clean, non-editable install of the project in its own venv so
# that the bundled data comes from the package, as it does for users.
BUNDLE_VENV := build/bundle-venv
BUNDLE := dist/diplomat-studio
bundle:
	rm -rf $(BUNDLE_VENV) build/pyinstaller $(BUNDLE) $(BUNDLE).tar.gz
	$$(tools/find-python) -m venv $(BUNDLE_VENV)
	$(BUNDLE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BUNDLE_VENV)/bin/python -m pip install --quiet '.[bundle]'
	$(BUNDLE_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/diplomat-studio.spec
	$(BUNDLE_VENV)/bin/python packaging/pyinstaller/hardlink-duplicates $(BUNDLE)
	tar -cf - -C dist diplomat-studio | gzip -9 > $(BUNDLE).tar.gz  # -9: 0.3 MB under gzip's default
	@du -sh $(BUNDLE) $(BUNDLE).tar.gz

# Not run by CI (it takes minutes): the bundle, copied elsewhere, run with a clean HOME and env -i
bundle-check:
	packaging/pyinstaller/bundle-check $(BUNDLE)
