"""Tiny deterministic YAML emitter (block style, flow style for short scalar maps/lists).
Standard library only. Output is safe for YAML 1.1 readers (SnakeYAML): strings that could be
read as booleans, nulls, numbers or dates are quoted."""
import datetime
import re

_BOOLISH = {'y', 'yes', 'n', 'no', 'true', 'false', 'on', 'off', 'null', '~', ''}
_NUMISH = re.compile(r'^[-+]?(\.?[0-9][0-9_.:,eE+-]*|\.inf|\.nan|0x[0-9a-fA-F]+|0o?[0-7]+)$', re.I)
_DATEISH = re.compile(r'^\d{4}-\d\d?-\d\d?')


class Flow:
    """Wrap a dict or list to force flow style."""
    def __init__(self, value):
        self.value = value


class Block:
    """Wrap a str to force block literal style."""
    def __init__(self, value):
        self.value = value


def _needs_quote(s, flow):
    if s.lower() in _BOOLISH or _NUMISH.match(s) or _DATEISH.match(s):
        return True
    if s != s.strip() or '\n' in s or '\t' in s:
        return True
    if s[0] in '!&*-?:,[]{}#|>@`"\'%=<':
        return True
    if ': ' in s or ' #' in s or s.endswith(':'):
        return True
    if flow and any(c in s for c in ',[]{}:#'):
        return True
    return False


def _quote(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'


def scalar(v, flow=False):
    if v is None:
        return 'null'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, (datetime.date,)):
        return v.isoformat()
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return '%.2f' % v
    s = str(v)
    return _quote(s) if _needs_quote(s, flow) else s


def _is_scalar(v):
    return not isinstance(v, (dict, list, Flow, Block))


def _flow(v):
    if isinstance(v, Flow):
        v = v.value
    if isinstance(v, dict):
        return '{' + ', '.join('%s: %s' % (k, _flow(x)) for k, x in v.items()) + '}'
    if isinstance(v, list):
        return '[' + ', '.join(_flow(x) for x in v) + ']'
    return scalar(v, flow=True)


def _block_text(s, indent):
    s = s.rstrip('\n')
    pad = ' ' * indent
    lines = s.split('\n')
    body = '\n'.join((pad + ln) if ln.strip() else '' for ln in lines)
    return '|\n' + body


def _emit(v, indent, out, in_list=False):
    pad = ' ' * indent
    if isinstance(v, dict):
        first = True
        for k, x in v.items():
            prefix = '' if (in_list and first) else pad
            first = False
            if isinstance(x, Flow):
                out.append('%s%s: %s' % (prefix, k, _flow(x)))
            elif isinstance(x, Block) or (isinstance(x, str) and '\n' in x):
                text = x.value if isinstance(x, Block) else x
                out.append('%s%s: %s' % (prefix, k, _block_text(text, indent + 2)))
            elif isinstance(x, dict):
                if not x:
                    out.append('%s%s: {}' % (prefix, k))
                else:
                    out.append('%s%s:' % (prefix, k))
                    _emit(x, indent + 2, out)
            elif isinstance(x, list):
                if not x:
                    out.append('%s%s: []' % (prefix, k))
                else:
                    out.append('%s%s:' % (prefix, k))
                    _emit(x, indent + 2, out)
            else:
                out.append('%s%s: %s' % (prefix, k, scalar(x)))
    elif isinstance(v, list):
        for x in v:
            if isinstance(x, Flow):
                out.append('%s- %s' % (pad, _flow(x)))
            elif isinstance(x, dict) and x:
                sub = []
                _emit(x, indent + 2, sub, in_list=True)
                out.append('%s- %s' % (pad, sub[0]))
                out.extend(sub[1:])
            elif isinstance(x, list):
                out.append('%s- %s' % (pad, _flow(x)))
            else:
                out.append('%s- %s' % (pad, scalar(x)))
    else:
        out.append(pad + scalar(v))


def dump(v, header=None):
    out = []
    if header:
        out.extend('# ' + h if h else '#' for h in header.split('\n'))
    _emit(v, 0, out)
    return '\n'.join(out) + '\n'
