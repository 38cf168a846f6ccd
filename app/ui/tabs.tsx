"use client";

import { useState, useSyncExternalStore, type ComponentPropsWithoutRef, type KeyboardEvent, type ReactNode } from "react";
import { cx } from "./class-names";

export type TabItem = { id: string; label: ReactNode; panel: ReactNode };

const noSubscription = () => () => {};

// GOV.UK Frontend only runs tabs from its "tablet" breakpoint up; below that every panel is shown.
const tabletUp = "(min-width: 40.0625em)";
function subscribeToTabletUp(onChange: () => void) {
  const query = window.matchMedia(tabletUp);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/**
 * GOV.UK tabs. Server-rendered as a list of links with every panel shown (as GOV.UK Frontend does without
 * JavaScript); once hydrated on a tablet-sized screen or larger, shows one panel at a time with the ARIA
 * tabs pattern and arrow keys.
 */
export function Tabs({ items, title = "Contents", defaultId }: { items: TabItem[]; title?: string; defaultId?: string }) {
  // false on the server, during hydration and on small screens.
  const enhanced = useSyncExternalStore(subscribeToTabletUp, () => window.matchMedia(tabletUp).matches, () => false);
  const hash = useSyncExternalStore(noSubscription, () => window.location.hash.slice(1), () => "");
  const [chosen, setChosen] = useState<string>();
  const selected = chosen ?? (items.some((item) => item.id === hash) ? hash : (defaultId ?? items[0]?.id));

  function select(id: string, focus: boolean) {
    setChosen(id);
    window.history.replaceState(window.history.state, "", `#${id}`);
    if (focus) document.getElementById(`tab_${id}`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>, index: number) {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key] ?? 0;
    const next = items[index + step];
    if (step !== 0 && next) {
      event.preventDefault();
      select(next.id, true);
    }
  }

  return (
    // GOV.UK's tab styles apply under .govuk-frontend-supported, set here once the script is running.
    <div className={enhanced ? "govuk-frontend-supported" : undefined}>
      <div className="govuk-tabs" data-module="govuk-tabs">
        <h2 className="govuk-tabs__title">{title}</h2>
        <ul className="govuk-tabs__list" role={enhanced ? "tablist" : undefined}>
          {items.map((item, index) => {
            const isSelected = item.id === selected;
            const tabProps: ComponentPropsWithoutRef<"a"> = enhanced
              ? {
                  id: `tab_${item.id}`,
                  role: "tab",
                  "aria-controls": item.id,
                  "aria-selected": isSelected,
                  tabIndex: isSelected ? 0 : -1,
                  onClick: (event) => {
                    event.preventDefault();
                    select(item.id, false);
                  },
                  onKeyDown: (event) => onKeyDown(event, index),
                }
              : {};
            return (
              <li
                key={item.id}
                className={cx("govuk-tabs__list-item", isSelected && "govuk-tabs__list-item--selected")}
                role={enhanced ? "presentation" : undefined}
              >
                <a className="govuk-tabs__tab" href={`#${item.id}`} {...tabProps}>
                  {item.label}
                </a>
              </li>
            );
          })}
        </ul>
        {items.map((item) => (
          <div
            key={item.id}
            id={item.id}
            className={cx("govuk-tabs__panel", enhanced && item.id !== selected && "govuk-tabs__panel--hidden")}
            role={enhanced ? "tabpanel" : undefined}
            aria-labelledby={enhanced ? `tab_${item.id}` : undefined}
          >
            {item.panel}
          </div>
        ))}
      </div>
    </div>
  );
}
