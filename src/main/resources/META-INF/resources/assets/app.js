// Gazette's editor pages: a little glue around htmx and SortableJS. No inline script anywhere (the CSP forbids it);
// every page works without this file too, through plain form posts and redirects.
(function () {
  'use strict';

  function meta(name) {
    var tag = document.querySelector('meta[name="' + name + '"]');
    return tag ? tag.getAttribute('content') : null;
  }

  // htmx answers: 422 (a form with its errors) and 409 (a conflict to resolve) replace the form like a success does.
  if (window.htmx) {
    htmx.config.responseHandling = [
      { code: '204', swap: false },
      { code: '[23]..', swap: true },
      { code: '409', swap: true },
      { code: '422', swap: true },
      { code: '[45]..', swap: false, error: true }
    ];
  }

  // Every state-changing htmx request carries the session's CSRF token, as the plain forms do in a hidden field.
  document.addEventListener('htmx:configRequest', function (event) {
    if (event.detail.verb !== 'get') {
      event.detail.parameters[meta('csrf-parameter')] = meta('csrf-token');
    }
  });

  function renumber(list) {
    list.querySelectorAll(':scope > li .item-number').forEach(function (number, index) {
      number.textContent = (index + 1) + '.';
    });
  }

  // Drag and drop: the numbers change at once, and the whole new order is saved in one call.
  function initSortable(root) {
    if (!window.Sortable) {
      return;
    }
    root.querySelectorAll('[data-reorder-url]').forEach(function (list) {
      if (list.dataset.sortableReady) {
        return;
      }
      list.dataset.sortableReady = '1';
      Sortable.create(list, {
        handle: '.drag',
        animation: 120,
        // Mouse and touch events rather than native drag and drop: the same behaviour in every browser and on phones.
        forceFallback: true,
        onEnd: function () {
          renumber(list);
          var ids = Array.prototype.map.call(list.querySelectorAll(':scope > li[data-id]'), function (li) {
            return li.dataset.id;
          });
          htmx.ajax('POST', list.dataset.reorderUrl, {
            target: '#items', swap: 'outerHTML', values: { ids: ids.join(',') }
          });
        }
      });
    });
  }

  // Keyboard: Alt+ArrowUp / Alt+ArrowDown move the item that holds the focus; the focus follows it.
  var focusAfterSwap = null;
  document.addEventListener('keydown', function (event) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) {
      return;
    }
    var item = event.target.closest && event.target.closest('li[data-id]');
    if (!item) {
      return;
    }
    var button = item.querySelector(event.key === 'ArrowUp' ? '[data-move=up]' : '[data-move=down]');
    if (button && !button.disabled) {
      event.preventDefault();
      button.click();
    }
  });
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-move]');
    if (button) {
      focusAfterSwap = { id: button.closest('li[data-id]').dataset.id, move: button.dataset.move };
    }
  });

  // Preview: desktop or phone width, HTML or plain text; reloaded whenever the issue was saved.
  function previewFrame() {
    return document.querySelector('[data-preview] iframe');
  }
  function reloadPreview() {
    var frame = previewFrame();
    if (frame) {
      var url = new URL(frame.getAttribute('src'), window.location.href);
      url.searchParams.set('t', Date.now());
      frame.setAttribute('src', url.pathname + url.search);
    }
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-preview-mode]');
    if (!button) {
      return;
    }
    var panel = button.closest('[data-preview]');
    var mode = button.dataset.previewMode;
    panel.querySelectorAll('[data-preview-mode]').forEach(function (other) {
      other.setAttribute('aria-pressed', String(other === button));
    });
    panel.classList.toggle('phone', mode === 'phone');
    var frame = previewFrame();
    var url = new URL(frame.getAttribute('src'), window.location.href);
    url.searchParams.set('format', mode === 'text' ? 'text' : 'html');
    frame.setAttribute('src', url.pathname + url.search);
  });
  document.addEventListener('issue-changed', reloadPreview);

  document.addEventListener('htmx:afterSwap', function (event) {
    initSortable(document);
    if (focusAfterSwap) {
      var target = document.querySelector('li[data-id="' + focusAfterSwap.id + '"] [data-move=' + focusAfterSwap.move + ']')
        || document.querySelector('li[data-id="' + focusAfterSwap.id + '"] .item-title');
      focusAfterSwap = null;
      if (target) {
        if (target.disabled) {
          // At the top or the bottom now: the other move button is the one that can act next.
          target = target.closest('li').querySelector('[data-move]:not([disabled])') || target;
        }
        target.focus();
      }
    }
    var invalid = event.detail.target.querySelector && event.detail.target.querySelector('[aria-invalid=true]');
    if (invalid) {
      invalid.focus();
    }
  });

  // A refusal htmx does not swap in (a 403, a 413, a server error) is said at the top of the page, never swallowed.
  document.addEventListener('htmx:responseError', function (event) {
    var box = document.getElementById('request-error');
    if (!box) {
      return;
    }
    var xhr = event.detail.xhr;
    var detail = '';
    try {
      detail = JSON.parse(xhr.responseText).detail || '';
    } catch (ignored) {
      detail = '';
    }
    box.textContent = 'That did not work (' + xhr.status + (detail ? ': ' + detail : '') + '). Nothing was lost: your text is still here.';
    box.hidden = false;
  });
  document.addEventListener('htmx:afterRequest', function (event) {
    var box = document.getElementById('request-error');
    if (box && event.detail.successful) {
      box.hidden = true;
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    initSortable(document);
  });
})();
