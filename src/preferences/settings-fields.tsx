import { useId } from 'react'
import {
  type LineWidth,
  lineWidths,
  type TextSize,
  type Theme,
  textSizes,
  themes,
  type UiLocale,
  uiLocales,
} from './preferences-schema.ts'
import { updatePreferences, usePreferences, useUiLocale } from './preferences-store.ts'
import { useSettingsMessages } from './settings-messages.ts'

// Each language is named in itself, so a reader who cannot read the current UI still finds theirs.
const languageNames: Record<UiLocale, string> = { en: 'English', id: 'Bahasa Indonesia' }

/** The choices in the "Settings" panel, a chunk of its own: SettingsMenu loads it when the panel first opens. */
export function SettingsFields() {
  const t = useSettingsMessages()
  const preferences = usePreferences()
  const locale = useUiLocale()
  return (
    <>
      <Choice
        label={t.textSize}
        value={preferences.textSize}
        options={textSizes.map((size) => [size, t.textSizeNames[size]])}
        onChange={(textSize: TextSize) => updatePreferences({ textSize })}
      />
      <Choice
        label={t.lineWidth}
        value={preferences.lineWidth}
        options={lineWidths.map((width) => [width, t.lineWidthNames[width]])}
        onChange={(lineWidth: LineWidth) => updatePreferences({ lineWidth })}
      />
      <Choice
        label={t.theme}
        value={preferences.theme}
        options={themes.map((theme) => [theme, t.themeNames[theme]])}
        onChange={(theme: Theme) => updatePreferences({ theme })}
      />
      <Choice
        label={t.language}
        value={locale}
        options={uiLocales.map((code) => [code, languageNames[code], code])}
        onChange={(language: UiLocale) => updatePreferences({ language })}
      />
    </>
  )
}

function Choice<T extends string>(props: {
  label: string
  value: T
  options: (readonly [T, string] | readonly [T, string, string])[]
  onChange: (value: T) => void
}) {
  const id = useId()
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-bold">
        {props.label}
      </label>
      <select
        id={id}
        className="field"
        value={props.value}
        onChange={(event) => {
          const chosen = props.options.find(([value]) => value === event.target.value)
          if (chosen) props.onChange(chosen[0])
        }}
      >
        {props.options.map(([value, name, lang]) => (
          <option key={value} value={value} lang={lang}>
            {name}
          </option>
        ))}
      </select>
    </div>
  )
}
