import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CLIP_KINDS, type Clip } from '@/lib/model/clip';
import { menuFocusTarget } from '@/lib/queue/menu-keys';
import type { QueueState } from './queue-state';

/** The menu's pages: the actions, and the choices three of them open in its place. */
type Page = 'actions' | 'section' | 'kind' | 'group';
const PAGE_NAME: Record<Page, string> = { actions: 'More actions', section: 'Move to section', kind: 'Kind', group: 'Group with' };

/** Where focus lands when a page opens: an index (-1 = last), or the item that opens `Page` (coming Back). */
type FocusAt = number | Page;

/** Which field of the editor an action opens it at. */
export type EditorFocus = 'first' | 'label';

interface Props {
  clip: Clip;
  /** The id of the clip's title, which describes the button ("More actions", for which clip). */
  titleId: string;
  sections: readonly string[];
  /** Other items this one can be grouped with; asked only when the menu shows them. */
  mergeTargets: () => readonly { id: number; title: string }[];
  state: QueueState;
  onEdit: (focus: EditorFocus) => void;
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** An Inbox item's menu: its details to type, a section to go to, or Delete (it is not in a section's order yet). */
  inbox?: boolean;
}

const itemsOf = (menu: HTMLElement | null) => [...(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

/**
 * One "More actions" button per queued clip, in place of a row of buttons on every item
 * (issue #13): a WAI-ARIA menu button. Enter, Space or ↓ opens it on the first item, ↑ on the
 * last; ↑/↓/Home/End move, Escape closes back to the button, Tab closes and moves on. "Move to
 * section…", "Group with…" and "Kind…" turn the menu into their list of choices (→ opens,
 * ← or Back returns). The menu is only built when opened, so a long queue renders one button
 * (and two hooks) per item.
 */
export function ClipActionsMenu(props: Props) {
  const { clip, titleId, buttonRef } = props;
  const [shown, setShown] = useState<Shown | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const menuId = `clip-actions-${clip.id}`;
  const close = () => {
    setShown(null);
    buttonRef.current?.focus();
  };
  // A click elsewhere, or focus leaving by any other way, closes the menu. Checked a moment
  // later: a page change removes the focused item before focusing the next page's first one.
  // Listened for only while the menu is open.
  const onFocusOut = () =>
    setTimeout(() => {
      if (!wrapper.current?.contains(document.activeElement)) setShown(null);
    }, 0);

  return (
    <div ref={wrapper} class="item-menu" onFocusOut={shown ? onFocusOut : undefined}>
      <button
        ref={buttonRef}
        type="button"
        class="menu-button"
        aria-label="More actions"
        aria-describedby={titleId}
        aria-haspopup="menu"
        aria-expanded={shown !== null}
        aria-controls={shown ? menuId : undefined}
        onClick={() => (shown ? close() : setShown({ page: 'actions', at: 0 }))}
        onKeyDown={(event) => {
          if (event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
          event.preventDefault();
          setShown({ page: 'actions', at: event.key === 'ArrowUp' ? -1 : 0 });
        }}
      />
      {shown && <ActionsMenu {...props} id={menuId} shown={shown} show={setShown} close={close} />}
    </div>
  );
}

/** A page of the menu shown, and where focus lands on it; a new object each time, so focus moves each time. */
interface Shown {
  page: Page;
  at: FocusAt;
}

interface MenuProps extends Props {
  id: string;
  shown: Shown;
  show: (shown: Shown) => void;
  close: () => void;
}

/** The open menu: its items, and its keys. */
function ActionsMenu({ clip, sections, mergeTargets, state, onEdit, inbox, id: menuId, shown, show, close }: MenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const { page } = shown;
  const id = clip.id;

  useLayoutEffect(() => {
    const items = itemsOf(menu.current);
    const { at } = shown;
    const target = typeof at === 'string' ? items.find((el) => el.dataset.opens === at) : items.at(at);
    (target ?? items[0])?.focus();
  }, [shown]);

  const open = (next: Page, at: FocusAt = 0) => show({ page: next, at });
  /** Runs an action from the menu: closed first, focus back on the button unless the action moves it (Delete → Undo). */
  const act = (action: () => unknown) => () => {
    close();
    void action();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    // The menu is one widget: its keys (Alt+↑/↓ included) never reach the item, which would move the clip.
    event.stopPropagation();
    const items = itemsOf(menu.current);
    const current = items.indexOf(document.activeElement as HTMLElement);
    const target = menuFocusTarget(event.key, current, items.length);
    if (target !== null) {
      event.preventDefault();
      items[target]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      // Focus goes to the button first, so the browser's Tab moves on from the menu's place.
      close();
    } else if (event.key === 'ArrowLeft' && page !== 'actions') {
      event.preventDefault();
      open('actions', page);
    } else if (event.key === 'ArrowRight' && items[current]?.dataset.opens) {
      event.preventDefault();
      items[current]?.click();
    }
  };

  const item = (label: string, onClick: () => void, extra: Record<string, unknown> = {}) => (
    <button key={label} type="button" role="menuitem" tabIndex={-1} onClick={onClick} {...extra}>
      {label}
    </button>
  );
  const opener = (label: string, next: Page) => item(label, () => open(next), { 'data-opens': next });
  const back = () => item('Back', () => open('actions', page));
  const choice = (label: string, checked: boolean, onClick: () => void) => (
    <button key={label} type="button" role="menuitemradio" aria-checked={checked} tabIndex={-1} onClick={onClick}>
      <span class="check" aria-hidden="true">
        {checked ? '✓' : ''}
      </span>
      {label}
    </button>
  );
  const targets = !inbox && (page === 'actions' || page === 'group') ? mergeTargets() : [];

  return (
    <div ref={menu} id={menuId} role="menu" aria-label={PAGE_NAME[page]} class="menu" onKeyDown={onMenuKeyDown}>
      {page === 'actions' && [
        // An Inbox item is in no section's order yet: no moving up or down, grouping, kind, label or holding.
        item(
          inbox ? 'Edit details' : 'Edit',
          act(() => onEdit('first')),
        ),
        !inbox &&
          item(
            'Move up',
            act(() => state.shift(id, -1)),
          ),
        !inbox &&
          item(
            'Move down',
            act(() => state.shift(id, 1)),
          ),
        opener('Move to section…', 'section'),
        targets.length > 0 && opener('Group with…', 'group'),
        !inbox && opener('Kind…', 'kind'),
        !inbox &&
          item(
            'Subtitle label…',
            act(() => onEdit('label')),
          ),
        !inbox && (
          <button
            key="hold"
            type="button"
            role="menuitemcheckbox"
            aria-checked={!!clip.holdForNextWeek}
            tabIndex={-1}
            onClick={act(() => state.hold(id, !clip.holdForNextWeek))}
          >
            <span class="check" aria-hidden="true">
              {clip.holdForNextWeek ? '✓' : ''}
            </span>
            Hold for next week
          </button>
        ),
        <hr key="separator" />,
        item(
          'Delete',
          act(() => state.remove(id)),
        ),
      ]}
      {page === 'section' &&
        sections.map((s) =>
          choice(
            s,
            s === clip.section,
            act(() => (s === clip.section ? undefined : state.moveToSection(id, s))),
          ),
        )}
      {page === 'kind' &&
        CLIP_KINDS.map(({ kind, label }) =>
          choice(
            label,
            kind === clip.kind,
            act(() => (kind === clip.kind ? undefined : state.setKind(id, kind))),
          ),
        )}
      {page === 'group' &&
        targets.map((t) => (
          <button key={t.id} type="button" role="menuitem" tabIndex={-1} onClick={act(() => state.merge(t.id, id))}>
            {t.title}
          </button>
        ))}
      {page !== 'actions' && [<hr key="separator" />, back()]}
    </div>
  );
}
