# Сообщения командной строки (`roundbook`). См. docs/translating.md.
#
# Ошибки печатаются одной строкой после «roundbook: », результаты — в стандартный вывод.
# Идентификаторы, пути к файлам, `--параметры`, команды `roundbook` и переменные окружения
# ($ROUNDBOOK_…) не переводятся: их набирает пользователь. Не переводятся и пометки
# BLOCKER, warning и note перед замечаниями проверки готовности (их ищут скрипты).

## Любая команда: библиотека, парольные фразы

cli-no-library-path = не задан путь к библиотеке: укажите --db ПУТЬ или задайте ROUNDBOOK_DB
cli-no-library = нет библиотеки по пути { $path } (создайте её командой `roundbook init`)
cli-backup-not-made = примечание: сегодняшнюю автоматическую резервную копию создать не удалось ({ $problem }); сама библиотека не изменилась
cli-passphrase-needed = нужна парольная фраза: задайте { $var } или запустите команду в терминале
cli-passphrases-differ = парольные фразы не совпадают; ничего не изменено
cli-prompt-passphrase-library = Парольная фраза библиотеки:
cli-prompt-passphrase-bundle = Парольная фраза файла обмена:
cli-prompt-passphrase-backup = Парольная фраза резервной копии:
cli-prompt-new-passphrase-library = Новая парольная фраза библиотеки:
cli-prompt-new-passphrase-new-library = Парольная фраза новой библиотеки:
cli-prompt-new-passphrase-bundle = Парольная фраза для файла обмена:
cli-prompt-passphrase-again = Повторите парольную фразу:
cli-unsupported-language = язык «{ $language }» не поддерживается: поддерживаются { $supported }

## init

cli-library-exists = по пути { $path } уже есть библиотека с записями (чтобы добавить в неё демонстрационные материалы, используйте `roundbook import`)
cli-plain-library-exists = по пути { $path } есть пустая незашифрованная библиотека: зашифруйте её командой `roundbook encrypt`
cli-created = создана библиотека { $path }
cli-created-demo = создана библиотека { $path } с демонстрационными материалами ({ $records ->
        [one] { $records } запись
        [few] { $records } записи
        [many] { $records } записей
       *[other] { $records } записи
    })

## import (файл обмена от коллеги)

cli-imported-bundle = импортирован { $file }: новых — { $inserted }, обновлено — { $updated }, без изменений — { $unchanged }, конфликтов (оставлен вариант библиотеки) — { $conflicts }
cli-import-conflict = конфликт: { $kind } { $id } ({ $label }) — оставлен вариант библиотеки
cli-import-kept-restricted = ограниченный доступ сохранён: { $kind } { $id } ({ $label }) — в файле обмена запись открытая, а в библиотеке доступ к ней ограничен, и это ограничение оставлено
cli-import-fields-kept = сохранено: { $kind } { $id } ({ $label }) — в варианте из файла обмена нет записей итоговой встречи; записи из библиотеки сохранены ({ $fields })

## export (файл обмена)

cli-exported-bundle = { $records ->
        [one] экспортирована { $records } запись
        [few] экспортировано { $records } записи
        [many] экспортировано { $records } записей
       *[other] экспортировано { $records } записи
    } в { $file } (версия формата файла обмена: { $version })
cli-exported-bundle-encrypted = { $records ->
        [one] экспортирована { $records } запись
        [few] экспортировано { $records } записи
        [many] экспортировано { $records } записей
       *[other] экспортировано { $records } записи
    } в { $file } (версия формата файла обмена: { $version }) (зашифрован)
cli-export-left-out = не вошло (версия 1 этого не поддерживает): { $field } в { $records ->
        [one] { $records } записи
        [few] { $records } записях
        [many] { $records } записях
       *[other] { $records } записи
    }
cli-export-restricted-left-out = { $records ->
        [one] { $records } запись с ограниченным доступом не отправлена
        [few] { $records } записи с ограниченным доступом не отправлены
        [many] { $records } записей с ограниченным доступом не отправлено
       *[other] { $records } записи с ограниченным доступом не отправлено
    } (чтобы отправлять такие записи, добавьте --include-restricted).
cli-export-not-encrypted = примечание: библиотека зашифрована, а этот файл обмена — нет; чтобы защитить его, используйте --encrypt

## rounds (столбец статуса в списке)

cli-round-status = { $status ->
        [scheduled] запланирован
        [held] состоялся
        [cancelled] отменён
       *[other] { $status }
    }

## pack и check

cli-pack-written = записан { $file } ({ $audience ->
        [external] внешний пакет
       *[internal] внутренний пакет
    }, { $pages ->
        [one] { $pages } страница
        [few] { $pages } страницы
        [many] { $pages } страниц
       *[other] { $pages } страницы
    }, { $areas ->
        [one] { $areas } проблемная область
        [few] { $areas } проблемные области
        [many] { $areas } проблемных областей
       *[other] { $areas } проблемной области
    }, { $incidents ->
        [one] { $incidents } инцидент
        [few] { $incidents } инцидента
        [many] { $incidents } инцидентов
       *[other] { $incidents } инцидента
    }, { $sources ->
        [one] { $sources } источник
        [few] { $sources } источника
        [many] { $sources } источников
       *[other] { $sources } источника
    })
cli-pack-blocked = пакет не записан: проверка готовности нашла { $count ->
        [one] { $count } блокирующее замечание
        [few] { $count } блокирующих замечания
        [many] { $count } блокирующих замечаний
       *[other] { $count } блокирующего замечания
    } (они перечислены выше)
cli-check-summary = { $audience ->
        [external] внешний пакет
       *[internal] внутренний пакет
    } для { $round }: { $blockers ->
        [one] { $blockers } блокирующее замечание
        [few] { $blockers } блокирующих замечания
        [many] { $blockers } блокирующих замечаний
       *[other] { $blockers } блокирующего замечания
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
        [many] { $warnings } предупреждений
       *[other] { $warnings } предупреждения
    }, { $notes ->
        [one] { $notes } заметка
        [few] { $notes } заметки
        [many] { $notes } заметок
       *[other] { $notes } заметки
    }
cli-finding = { $severity }  { $kind } { $id } («{ $title }»): { $message }

## encrypt, decrypt, rekey

cli-already-encrypted = эта библиотека уже зашифрована (сменить парольную фразу: roundbook rekey)
cli-not-encrypted = эта библиотека не зашифрована
cli-not-encrypted-rekey = эта библиотека не зашифрована (зашифровать её: roundbook encrypt)
cli-encrypted = зашифрована библиотека { $path }
cli-decrypted = расшифрована библиотека { $path }
cli-rekeyed = сменена парольная фраза библиотеки { $path }
cli-backups-converted = { $count ->
        [one] { $count } резервная копия преобразована так же
        [few] { $count } резервные копии преобразованы так же
        [many] { $count } резервных копий преобразовано так же
       *[other] { $count } резервной копии преобразовано так же
    }
cli-backups-skipped = { $count ->
        [one] { $count } резервная копия не открывается этой парольной фразой (создана до одной из прежних смен) и оставлена как есть
        [few] { $count } резервные копии не открываются этой парольной фразой (созданы до одной из прежних смен) и оставлены как есть
        [many] { $count } резервных копий не открываются этой парольной фразой (созданы до одной из прежних смен) и оставлены как есть
       *[other] { $count } резервной копии не открываются этой парольной фразой (созданы до одной из прежних смен) и оставлены как есть
    }

## backups, backup, restore

cli-no-backups = резервных копий { $path } нет (они хранятся в { $dir })
# $size — число, уже выровненное пробелами; «байт» подходит к любому числу.
cli-backup-line = { $when }  { $size } байт  { $path }
cli-backed-up = резервная копия сохранена в { $path }
cli-restored = библиотека { $path } восстановлена из { $backup } (прежний вариант библиотеки сохранён среди резервных копий)

## import-csv, import-csl: что происходит со строкой (или записью) файла

# Об инциденте или источнике — мужской род.
cli-row-would-create = будет создан
cli-row-created = создан
cli-row-would-update = будет обновлён
cli-row-updated = обновлён
cli-row-unchanged = без изменений
cli-row-kept = оставлен как в библиотеке
cli-row-invalid = с ошибками
cli-list-problems = ошибки
cli-list-warnings = предупреждения
cli-list-more = … и ещё { $count }
cli-quoted = «{ $text }»

## import-csv

cli-csv-read = { $file }: { $rows ->
        [one] { $rows } строка
        [few] { $rows } строки
        [many] { $rows } строк
       *[other] { $rows } строки
    }, разделитель — { $separator ->
        [tab] табуляция
        [comma] запятая
        [semicolon] точка с запятой
       *[other] «{ $separator }»
    }
cli-csv-columns = столбцы: { $columns }
cli-csv-column-ignored = { $header } → (не используется)
cli-csv-row = строка { $row }: { $action }
cli-csv-row-changes = (изменения: { $changes })
cli-csv-row-differs = (в файле иначе: { $changes })
cli-csv-kept = { $count ->
        [one] { $count } инцидент уже есть в библиотеке в другом варианте и оставлен как есть
        [few] { $count } инцидента уже есть в библиотеке в другом варианте и оставлены как есть
        [many] { $count } инцидентов уже есть в библиотеке в другом варианте и оставлены как есть
       *[other] { $count } инцидента уже есть в библиотеке в другом варианте и оставлены как есть
    } (--update-existing берёт значения из файла)
cli-csv-dry-run-invalid = в { $invalid } из { $rows ->
        [one] { $rows } строки
       *[other] { $rows } строк
    } есть ошибки, поэтому импорт ничего не запишет (исправьте их или используйте --valid-rows-only); первая: { $first }
# $written: no — пробный запуск (ничего не записано), yes — импорт; $invalid: строки
# с ошибками (импорт их пропускает).
cli-csv-summary = { $written ->
        [no] пробный запуск: будет создано — { $created }, обновлено — { $updated }, без изменений — { $unchanged }, оставлено как в библиотеке — { $kept }, с ошибками — { $invalid }; новых источников — { $sources }; ничего не записано
       *[yes] импортирован { $file }: создано — { $created }, обновлено — { $updated }, без изменений — { $unchanged }, оставлено как в библиотеке — { $kept }, пропущено строк — { $invalid }; новых источников — { $sources }
    }
cli-csv-nothing-imported = ничего не импортировано: { $invalid ->
        [one] в { $invalid } строке
       *[other] в { $invalid } строках
    } есть ошибки (исправьте их или используйте --valid-rows-only); первая: { $first }
cli-csv-sensitivity-needed = { $rows ->
    [one] у { $rows } нового инцидента
   *[other] у { $rows } новых инцидентов
} не указана конфиденциальность: для импорта нужен --sensitivity public или --sensitivity restricted
cli-csv-sensitivity-not-chosen = ничего не импортировано: { $rows ->
    [one] у { $rows } нового инцидента
   *[other] у { $rows } новых инцидентов
} не указана конфиденциальность; укажите --sensitivity public или --sensitivity restricted

## import-csv cases

cli-csv-cases-case = дело { $case } { $name }: { $action ->
        [create] будет создано
        [update] будет обновлено
       *[unchanged] без изменений
    }
cli-csv-cases-row = строка { $row }: запись хроники { $entry } дела { $case }: { $action ->
        [create] будет создана
        [update] будет обновлена
       *[unchanged] без изменений
    }
cli-csv-cases-summary = { $written ->
        [no] пробный запуск: дела — будет создано { $cases_created }, обновлено { $cases_updated }, без изменений { $cases_unchanged }; записи хроники — будет создано { $entries_created }, обновлено { $entries_updated }, без изменений { $entries_unchanged }; строк с ошибками — { $invalid }; новых источников — { $sources }; ничего не записано
       *[yes] импортирован { $file }: дела — создано { $cases_created }, обновлено { $cases_updated }, без изменений { $cases_unchanged }; записи хроники — создано { $entries_created }, обновлено { $entries_updated }, без изменений { $entries_unchanged }; пропущено строк — { $invalid }; новых источников — { $sources }
    }
cli-csv-cases-sensitivity-needed = { $cases ->
    [one] у { $cases } нового дела
   *[other] у { $cases } новых дел
} не указана конфиденциальность: для импорта нужен --sensitivity public или --sensitivity restricted
cli-csv-cases-sensitivity-not-chosen = ничего не импортировано: { $cases ->
    [one] у { $cases } нового дела
   *[other] у { $cases } новых дел
} не указана конфиденциальность; укажите --sensitivity public или --sensitivity restricted

## import-csl, export-csl (источники для Zotero и из него)

cli-csl-item = запись { $item }: { $action } { $source } { $title }
# $written: no — пробный запуск (ничего не записано), yes — импорт.
cli-csl-summary = { $written ->
        [no] пробный запуск { $file }: будет создано источников — { $created }, обновлено — { $updated }, без изменений — { $unchanged }; ничего не записано
       *[yes] импортирован { $file }: создано источников — { $created }, обновлено — { $updated }, без изменений — { $unchanged }
    }
cli-csl-exported = { $count ->
        [one] экспортирован { $count } источник
        [few] экспортировано { $count } источника
        [many] экспортировано { $count } источников
       *[other] экспортировано { $count } источника
    } в { $file }
cli-csl-exported-restricted = { $count ->
        [one] экспортирован { $count } источник
        [few] экспортировано { $count } источника
        [many] экспортировано { $count } источников
       *[other] экспортировано { $count } источника
    } в { $file } (источников с ограниченным доступом не включено — { $restricted }; --include-restricted добавит их)
