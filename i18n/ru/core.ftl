# Слова ядра: даты, виды записей, словари. Общие для пакета, командной строки и
# приложения. См. docs/translating.md.

## Даты

date-day = { $day } { $month } { $year } г.
date-month = { $month } { $year } г.
date-year = { $year } г.
date-range = { $from } – { $to }
date-span-days = { $from }–{ $to } { $month } { $year } г.
date-span-months = { $from } { $monthFrom } – { $to } { $monthTo } { $year } г.

## Месяцы: сами по себе (month-N) и в дате (month-of-N).

month-1 = январь
month-2 = февраль
month-3 = март
month-4 = апрель
month-5 = май
month-6 = июнь
month-7 = июль
month-8 = август
month-9 = сентябрь
month-10 = октябрь
month-11 = ноябрь
month-12 = декабрь
month-of-1 = января
month-of-2 = февраля
month-of-3 = марта
month-of-4 = апреля
month-of-5 = мая
month-of-6 = июня
month-of-7 = июля
month-of-8 = августа
month-of-9 = сентября
month-of-10 = октября
month-of-11 = ноября
month-of-12 = декабря

## Виды записей

kind-negotiation = переговоры
kind-round = раунд
kind-concern_area = проблемная область
kind-benchmark = ориентир
kind-assessment = оценка
kind-commitment = обязательство
kind-incident = инцидент
kind-ask = просьба
kind-round_outcome = итоги раунда
kind-ask_result = результат по просьбе
kind-case = дело
kind-case_entry = запись хроники дела
kind-source = источник
kind-pack = пакет

## Словари

status-not_met = Не выполнен
status-partially_met = Выполнен частично
status-met = Выполнен
status-regressed = Ухудшение
round-status-scheduled = Запланирован
round-status-held = Состоялся
round-status-cancelled = Отменён
verification-confirmed = Подтверждено
verification-credible = Достоверно
verification-unverified = Не проверено
verification-none = —
sensitivity-public = Открытый
sensitivity-restricted = Ограниченный доступ
case-status-at_risk = Под угрозой
case-status-detained = Задержание
case-status-charged = Предъявлено обвинение
case-status-on_trial = Идёт суд
case-status-sentenced = Вынесен приговор
case-status-imprisoned = В заключении
case-status-released = Освобождение
case-status-acquitted = Оправдательный приговор
case-status-restricted = Под ограничениями
case-status-in_exile = В изгнании
case-status-deceased = Гибель
case-status-closed = Дело закрыто
consent-named = Можно называть
consent-anonymised = Анонимно
consent-internal = Только для внутреннего пакета
ask-raised-raised = Поднята
ask-raised-partly_raised = Поднята частично
ask-raised-not_raised = Не поднята
ask-raised-unknown = Неизвестно

## Counts

count-incidents = { $count ->
        [one] { $count } инцидент
        [few] { $count } инцидента
       *[many] { $count } инцидентов
    }

## Problems with a record's language and translations

problem-language-tag = { $tag } — не код языка (например, en, ru или kk)
problem-translation-own-language = это перевод на язык самой записи ({ $tag }): исправьте сам текст
problem-translation-field = поле { $name } нельзя перевести (переводятся поля: { $fields })

# The readiness check: a record without a translation into the pack's language.
finding-untranslated = Нет перевода на { $language }: { $fields }. В пакете приводится текст оригинала с пометкой { $mark }: добавьте перевод в запись.

## A number of records of a kind (in lists such as "2 incidents, 1 ask")

count-kind-negotiation = { $count ->
        [one] { $count } запись о переговорах
        [few] { $count } записи о переговорах
        [many] { $count } записей о переговорах
       *[other] { $count } записи о переговорах
    }
count-kind-round = { $count ->
        [one] { $count } раунд
        [few] { $count } раунда
        [many] { $count } раундов
       *[other] { $count } раунда
    }
count-kind-concern_area = { $count ->
        [one] { $count } проблемная область
        [few] { $count } проблемные области
        [many] { $count } проблемных областей
       *[other] { $count } проблемной области
    }
count-kind-benchmark = { $count ->
        [one] { $count } ориентир
        [few] { $count } ориентира
        [many] { $count } ориентиров
       *[other] { $count } ориентира
    }
count-kind-assessment = { $count ->
        [one] { $count } оценка
        [few] { $count } оценки
        [many] { $count } оценок
       *[other] { $count } оценки
    }
count-kind-commitment = { $count ->
        [one] { $count } обязательство
        [few] { $count } обязательства
        [many] { $count } обязательств
       *[other] { $count } обязательства
    }
count-kind-incident = { $count ->
        [one] { $count } инцидент
        [few] { $count } инцидента
        [many] { $count } инцидентов
       *[other] { $count } инцидента
    }
count-kind-ask = { $count ->
        [one] { $count } просьба
        [few] { $count } просьбы
        [many] { $count } просьб
       *[other] { $count } просьбы
    }
count-kind-round_outcome = { $count ->
        [one] { $count } запись об итогах раунда
        [few] { $count } записи об итогах раундов
        [many] { $count } записей об итогах раундов
       *[other] { $count } записи об итогах раундов
    }
count-kind-ask_result = { $count ->
        [one] { $count } результат по просьбе
        [few] { $count } результата по просьбам
        [many] { $count } результатов по просьбам
       *[other] { $count } результата по просьбам
    }
count-kind-case = { $count ->
        [one] { $count } дело
        [few] { $count } дела
        [many] { $count } дел
       *[other] { $count } дела
    }
count-kind-case_entry = { $count ->
        [one] { $count } запись хроники дела
        [few] { $count } записи хроники дела
        [many] { $count } записей хроники дела
       *[other] { $count } записи хроники дела
    }
count-kind-source = { $count ->
        [one] { $count } источник
        [few] { $count } источника
        [many] { $count } источников
       *[other] { $count } источника
    }
count-kind-pack = { $count ->
        [one] { $count } пакет
        [few] { $count } пакета
        [many] { $count } пакетов
       *[other] { $count } пакета
    }

## Errors of the library. $kind is a kind of record's name (kind-…); $id a record's id,
## $field a field's name and $path a file's path, all as they are (not translated).

error-invalid-record = { $kind }: запись заполнена неверно
error-invalid-field = { $kind }: { $problem }
error-invalid-fields = { $kind }: { $problem } (и ещё { $more } { $more ->
        [one] проблема
        [few] проблемы
        [many] проблем
       *[other] проблемы
    })
error-invalid-setting = настройка { $problem }
error-not-found = не найдено: { $kind } с идентификатором «{ $id }»
error-already-exists = уже существует: { $kind } с идентификатором «{ $id }»
error-dangling-reference = { $field }: нет такой записи — { $target } с идентификатором «{ $id }»
error-in-use = нельзя удалить запись «{ $id }» ({ $kind }): на неё ещё ссылаются: { $usedBy }
error-library-too-new = эта библиотека записана более новой версией Roundbook (версия библиотеки { $found }, эта программа знает версии до { $known }); она не открыта, чтобы её не повредить, — обновите Roundbook
error-wrong-passphrase = неверная парольная фраза, или файл не является библиотекой Roundbook
error-conversion-finished = прерванное изменение шифрования библиотеки только что завершено: откройте её с парольной фразой, которую задало это изменение (или без неё, если шифрование было снято)
error-passphrase-required = эта библиотека зашифрована: чтобы открыть её, нужна парольная фраза
error-weak-passphrase = парольная фраза слишком короткая: нужно не меньше 8 символов (лучше всего — несколько не связанных между собой слов)
error-not-encrypted = эта библиотека не зашифрована
error-already-encrypted = эта библиотека уже зашифрована (чтобы сменить парольную фразу, смените ключ — rekey)
error-bad-backup = { $path } — непригодная резервная копия: { $reason }
error-busy = библиотекой пользуется другая программа, и записать в неё не удалось; попробуйте ещё раз чуть позже
error-library-being-converted = другая программа сейчас шифрует, расшифровывает, перешифровывает или восстанавливает библиотеку; попробуйте снова, когда она закончит
error-library-open-elsewhere = библиотека открыта в другой программе (в приложении Roundbook или в другой команде roundbook); закройте её и попробуйте снова
error-not-a-library = { $path } — не библиотека Roundbook (это база данных другой программы); файл не изменён
error-library-file = { $path } — это сама библиотека или один из её файлов; выберите для записи другой файл
error-not-a-file = { $path } — { $what ->
        [folder] папка
        [device] устройство
        [named_pipe] именованный канал
        [socket] сокет
       *[other] не обычный файл
    }: выберите файл для записи
error-database = ошибка базы данных библиотеки: { $reason }

## The readiness check's findings: what is wrong and how to fix it, in one or two
## sentences. $audience is "external" (a pack for officials) or "internal" (for the team).

finding-illustrative-library-external = Вся эта библиотека отмечена как условный материал (Настройки): пакет для официальных лиц нужно собирать из библиотеки с реальными материалами.
finding-illustrative-library = Вся эта библиотека отмечена как условный материал (Настройки): об этом сказано на каждой странице этого внутреннего пакета.
finding-illustrative-external = { $what } — отмечено как иллюстративное (условный материал): в пакете для официальных лиц должны быть только реальные материалы — замените это или исключите; если материал реальный, снимите пометку.
finding-illustrative = { $what } — отмечено как иллюстративное: об этом сказано на каждой странице этого внутреннего пакета.
finding-round-passed = Дата начала раунда «{ $round }» ({ $date }) уже прошла: проверьте раунд и его дату, прежде чем передавать пакет.
finding-unsourced-area = Справочный текст «{ $title }» не ссылается ни на один источник, доступный { $audience ->
        [external] официальным лицам
       *[internal] команде
    }: добавьте источник в проблемную область.
finding-not-assessed = У этого ориентира нет оценки: добавьте её (статус на дату, с обоснованием и источником) или исключите ориентир из пакета.
finding-unsourced-assessment = Оценка от { $date } («{ $status }») не ссылается ни на один источник, доступный { $audience ->
        [external] официальным лицам
       *[internal] команде
    }: добавьте источник в оценку.
finding-not-reviewed = Последняя оценка датирована { $date }, то есть сделана до предыдущего раунда: пересмотрите статус к этому раунду и добавьте оценку, даже если он не изменился.
finding-restricted-evidence = Последняя оценка опирается только на источники с ограниченным доступом, поэтому в пакете показан более ранний статус (или никакого): добавьте в эту оценку открытый источник, если он есть.
finding-ask-without-benchmark = Эта просьба не связана ни с одним ориентиром пакета, и официальное лицо не увидит, какого продвижения она добивается: свяжите её с ориентиром, к которому она относится.
finding-unsourced-quote = У цитаты нет источника, доступного { $audience ->
        [external] официальным лицам
       *[internal] команде
    }: добавьте источник, в котором эти слова были сказаны или написаны.
finding-unsourced-commitment = Это обязательство не ссылается ни на один источник, доступный { $audience ->
        [external] официальным лицам
       *[internal] команде
    }: добавьте документ или заявление, из которого оно взято.
finding-commitment-unlinked = Это обязательство не связано ни с одним ориентиром пакета, поэтому пакет не может показать, что сделано для его выполнения: свяжите его с ориентирами, к которым оно относится.
finding-unsourced-incident = Этот инцидент не подкреплён ни одним источником, доступным { $audience ->
        [external] официальным лицам
       *[internal] команде
    }: добавьте доклад или заявление, на котором основаны сведения о нём.
finding-verification-missing = Не указано, как проверялся этот инцидент: отметьте, подтверждён ли он, достоверен или не проверен.
finding-name-withheld = Этот текст ({ $field }) называет человека из дела { $case }, который не давал согласия быть названным в этом пакете: пакет печатает там «[имя скрыто]». Перепишите текст без имени или измените согласие в деле.
finding-unverified = Этот инцидент не проверен: подтвердите его или оговаривайте это там, где о нём рассказываете.
finding-likely-duplicate = Этот инцидент похож на «{ $title }» ({ $id }): та же дата и то же место, похожее название — объедините их, если это одно событие.
finding-untraceable = У источника [{ $number }] нет ни веб-адреса, ни издателя с датой: официальное лицо не сможет его найти — добавьте одно или другое.
finding-unbalanced-quotes = В тексте «{ $text }» у кавычки нет пары: закройте цитату или уберите кавычку.
finding-unprintable = Символ «{ $char }» (U+{ $code }) не печатается шрифтами пакета и выглядит как белый квадрат: напишите его латиницей или кириллицей или уберите.

## Problems with a record's fields, shown after the field's name ("title: is empty").
## Values quoted between "" are what was typed, as it was typed.

problem-empty = не заполнено
problem-listed-twice = «{ $id }» указан дважды
# A value only one record of its kind may have (the round of an outcome).
problem-taken = уже занято: такое значение есть у другой записи ({ $kind })
problem-too-long = слишком длинный текст ({ $count } { $count ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }, допускается не больше { $max })
problem-too-long-max = слишком длинный текст (допускается не больше { $max } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    })
problem-undrawable = содержит символ «{ $char }» (U+{ $code }), который шрифты пакета не могут напечатать (они охватывают латиницу, кириллицу с казахскими буквами, греческий алфавит и распространённые знаки): напишите его одним из этих алфавитов или уберите
problem-not-a-url = «{ $url }» — не веб-адрес (он должен начинаться с http:// или https://)
problem-invalid-id = «{ $id }» — недопустимый идентификатор (только латинские буквы, цифры и . _ : -, начиная с буквы или цифры, не длиннее { $max } символов)
problem-end-before-start = { $end } — раньше даты начала { $start }
problem-not-a-date = «{ $text }» — не дата (ожидается ГГГГ-ММ-ДД)
problem-not-a-fuzzy-date = «{ $text }» — не дата (ожидается ГГГГ, ГГГГ-ММ, ГГГГ-ММ-ДД или НАЧАЛО/КОНЕЦ)
problem-reversed-range = «{ $text }» — диапазон, конец которого раньше начала
problem-human-not-a-date = «{ $text }» — не дата
# $first, $second: два дня, которые может означать значение.
problem-ambiguous-date = «{ $text }» — неоднозначно ({ $first } или { $second }?); запишите как ГГГГ-ММ-ДД
problem-two-digit-year = «{ $text }» — не дата (запишите год четырьмя цифрами)
problem-not-a-timestamp = «{ $text }» — не дата и время (ожидается RFC 3339, например 2012-03-20T09:00:00Z)

## Bundles (the exchange files): why one was refused. Values quoted between "" are what
## the file holds; $field names such as sources[0].title are not translated.

bundle-not-a-bundle = «{ $value }» — не файл обмена Roundbook (ожидается «{ $format }»)
bundle-version-unsupported = версия файла обмена { $version } не поддерживается (эта версия Roundbook читает версии с { $oldest } по { $newest }; для более нового файла нужна более новая версия Roundbook)
bundle-too-large = файл обмена слишком велик ({ $size } { $size ->
        [one] байт
        [few] байта
       *[other] байт
    }; принимается не больше { $max } байт)
bundle-passphrase-required = файл обмена зашифрован: чтобы прочитать его, нужна парольная фраза
bundle-wrong-passphrase = неверная парольная фраза файла обмена, или файл повреждён
bundle-hostile-seal = зашифрованный файл обмена отклонён: { $reason }; его записала не программа Roundbook
bundle-not-utf8 = файл обмена — не текст в кодировке UTF-8 (недопустимый байт в позиции { $offset })
bundle-syntax = файл обмена — не корректный JSON: { $message } (строка { $line }, столбец { $column })
bundle-invalid = файл обмена заполнен неверно
bundle-problems = { $problem } (и ещё { $more } { $more ->
        [one] проблема
        [few] проблемы
        [many] проблем
       *[other] проблемы
    })
bundle-not-an-object = файл обмена — это объект JSON ({ $example })
bundle-null = не может быть null: укажите значение или уберите поле
bundle-invalid-value = { $value } — недопустимое здесь значение
bundle-wrong-type = значение неподходящего типа
bundle-trailing = после конца файла обмена есть что-то ещё
bundle-truncated = файл обрывается раньше времени (не обрезан ли он?)
bundle-version-2-field = это поле версии 2 файла обмена, а в файле указана версия 1
bundle-dangling-reference = ни в файле обмена, ни в библиотеке нет записи с идентификатором «{ $id }» ({ $kind })
bundle-id-used-twice = «{ $id }» используется дважды (ещё и в { $other })
seal-header-too-long = его заголовок длиннее { $max } байт
seal-too-many-stanzas = число блоков получателей в нём — { $count } (допускается не больше { $max })
seal-excessive-work = он требует выработки ключа сложностью 2^{ $required } (допускается не больше 2^{ $max })

## Imports of other programs' files (spreadsheets, reference managers): what stopped them.

import-has-problems = в файле есть проблемы
import-problems = { $problem } (и ещё { $more } { $more ->
        [one] проблема
        [few] проблемы
        [many] проблем
       *[other] проблемы
    })

## Spreadsheets (CSV) of incidents. $column is a column's header as the file writes it;
## values quoted between "" are a cell's, as it is. Rows as the spreadsheet numbers them.

csv-row-problem = строка { $row }, столбец { $column }: { $message }
csv-row-problem-no-column = строка { $row }: { $message }
csv-field-id = идентификатор
csv-field-title = название
csv-field-date = дата
csv-field-location = место
csv-field-summary = описание
csv-field-people = люди
csv-field-area = проблемная область
csv-field-benchmark = ориентир
csv-field-verification = проверка
csv-field-sensitivity = доступ
csv-field-source_url = веб-адрес источника
csv-field-source_title = название источника
csv-field-language = язык
csv-too-large = файл слишком велик ({ $size } { $size ->
        [one] байт
        [few] байта
        [many] байт
       *[other] байта
    }; принимается не больше { $max } байт)
csv-utf16 = файл записан в кодировке UTF-16; сохраните его из электронной таблицы в формате «CSV UTF-8»
csv-not-utf8 = файл — не текст в кодировке UTF-8 (строка { $line }); сохраните его из электронной таблицы в формате «CSV UTF-8» (Excel) или с кодировкой «Unicode (UTF-8)» (LibreOffice)
csv-no-header = в файле нет строки заголовка: в первой строке должны быть названия столбцов (title, date, location, …)
csv-unclosed-quote = строка { $row }: ячейка в кавычках не закрыта (не хватает "), и весь остальной файл попал бы в неё
csv-unreadable = строка { $row }: { $message }
csv-mapping-length = в сопоставлении столбцов { $mapped } { $mapped ->
        [one] столбец
        [few] столбца
        [many] столбцов
       *[other] столбца
    }, а в файле — { $columns }
csv-missing-column = ни один столбец не содержит поле «{ $field }» (столбцы файла: { $headers })
csv-duplicate-column = поле «{ $field }» содержат два столбца — «{ $first }» и «{ $second }»; сопоставьте с ним только один
csv-invalid-rows = ничего не импортировано: { $problem } (строк с проблемами: { $invalid })
csv-sensitivity-not-chosen = ничего не импортировано: { $rows ->
    [one] у { $rows } нового инцидента не указана
    [few] у { $rows } новых инцидентов не указана
   *[other] у { $rows } новых инцидентов не указана
} конфиденциальность; выберите «Открытый» или «Ограниченный доступ» для всего файла
csv-preview-missing-column = Ни один столбец не содержит поле «{ $field }»: выберите столбец, в котором оно есть.
csv-not-a-language = «{ $value }» — не код языка: напишите en, ru или kk (или оставьте ячейку пустой для английского)
csv-no-title = не заполнено (у каждого инцидента должно быть название)
csv-no-date = не заполнено (у каждого инцидента должна быть дата; достаточно года)
csv-extra-cells = в строке больше ячеек, чем столбцов в заголовке ({ $columns }); лишние ячейки пропущены
csv-unknown-area = нет проблемной области с названием или идентификатором «{ $value }» (сначала добавьте её в библиотеку или исправьте название)
csv-unknown-benchmark = нет ориентира с названием или идентификатором «{ $value }»
csv-ambiguous-title = «{ $value }» — так называются { $records } ({ $ids }); напишите вместо названия идентификатор
csv-not-a-verification = «{ $value }» — не степень проверки (напишите confirmed, credible или unverified)
csv-not-a-sensitivity = «{ $value }» — не уровень доступа (напишите public или restricted)
csv-source-title = название источника: { $problem }
csv-person = «{ $name }»: { $problem }
csv-id-used-twice = «{ $id }» — это уже идентификатор строки { $first }
csv-repeated-row = та же дата, название и место, что и в строке { $first }; импортировано как отдельный инцидент
csv-stays-restricted = инцидент { $id } в библиотеке имеет ограниченный доступ и сохранит его (в файле указано public)

## Spreadsheets (CSV) of cases (import-csv cases). $column is a column's name as the
## documentation writes it (other_names, status_date): not translated.

csv-cases-missing-column = в файле нет столбца «{ $column }», без которого дела не импортировать (столбцы файла: { $headers })
csv-cases-duplicate-column = столбцы «{ $first }» и «{ $second }» — это один и тот же столбец «{ $column }»; оставьте только один
csv-cases-ignored-column = такого столбца в файле дел нет, он пропущен (столбцы: { $columns })
csv-cases-sensitivity-not-chosen = ничего не импортировано: { $cases ->
    [one] у { $cases } нового дела не указана
    [few] у { $cases } новых дел не указана
   *[other] у { $cases } новых дел не указана
} конфиденциальность; выберите public или restricted для всего файла
csv-no-case-name = не заполнено (у каждого дела должно быть имя)
csv-no-case-status = не заполнено (каждая строка — это один статус дела: напишите одно из значений { $allowed })
csv-not-a-case-status = «{ $value }» — не статус дела (напишите одно из значений { $allowed })
csv-no-status-date = не заполнено (у каждого статуса должна быть дата, с которой он действует; достаточно года)
csv-not-a-consent = «{ $value }» — не согласие (напишите named, anonymised или internal)
csv-no-consent = не заполнено (у нового дела согласие человека указывается в каждой строке: named, anonymised или internal; по умолчанию никого не называют)
csv-case-consent-differs = отличается от строки { $first } («{ $value }»): у дела одно согласие
csv-case-sensitivity-differs = отличается от строки { $first } («{ $value }»): у дела один уровень доступа
csv-case-consent-kept = у дела { $id } остаётся согласие «{ $ours }» (в файле — «{ $theirs }»): импорт никогда не ослабляет согласие; измените его в библиотеке, если человек согласился
csv-case-stays-restricted = дело { $id } в библиотеке имеет ограниченный доступ и сохранит его (в файле указано public)
csv-repeated-entry = то же дело, статус и дата, что и в строке { $first }: одна запись хроники

## Sources from a reference manager (CSL-JSON, as Zotero exports it). $item is the item's
## place in the file (1, 2, …), $id its CSL id, $field a CSL field name (issued, URL, …):
## not translated.

csl-item-problem = запись { $item }: { $message }
csl-item-field-problem = запись { $item }, { $field }: { $message }
csl-item-id-problem = запись { $item } («{ $id }»): { $message }
csl-item-id-field-problem = запись { $item } («{ $id }»), { $field }: { $message }
csl-too-large = файл слишком велик ({ $size } { $size ->
        [one] байт
        [few] байта
        [many] байт
       *[other] байта
    }; принимается не больше { $max } байт)
csl-not-utf8 = файл — не текст в кодировке UTF-8 (недопустимый байт в позиции { $offset })
csl-syntax = файл — не корректный JSON: { $message } (строка { $line }, столбец { $column })
csl-not-a-list = файл — не CSL-JSON: в нём должен быть список записей ({ $example })
csl-nothing-imported = ничего не импортировано: { $problem }
csl-not-an-item = не запись CSL (запись — это объект JSON)
csl-id-used-twice = это уже идентификатор записи { $first }
csl-title-missing = отсутствует; источник назван «{ $title }»
csl-shortened = длина — { $count } { $count ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }; сокращено до { $max }
csl-not-a-url = «{ $url }» — не веб-адрес; пропущено
csl-url-too-long = длиннее { $max } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }; пропущено
csl-not-a-date = не дата в формате CSL
csl-bad-date-parts = { $value } — не дата
csl-not-a-day = { $date } — не конкретный день; пропущено
csl-date-left-out = { $problem }; пропущено

## Merging a bundle: why a record is inserted, updated or kept (shown beside each record
## of the merge). $since is when the last exchange with this sender was (a date-time as
## stored: 2012-03-20T09:00:00Z).

merge-reason-new = в этой библиотеке такой записи нет
merge-reason-same = с обеих сторон одинаково
merge-reason-newer-first-exchange = вариант из файла обмена новее (это первый обмен с этим отправителем: изменения ни одной из сторон нельзя сопоставить с более ранним обменом)
merge-reason-differ-first-exchange = варианты различаются, и вариант из файла обмена не новее (это первый обмен с этим отправителем)
merge-reason-changed-both = изменено с обеих сторон после прошлого обмена ({ $since })
merge-reason-changed-theirs = изменено только в файле обмена после прошлого обмена ({ $since })
merge-reason-changed-ours = изменено только в этой библиотеке после прошлого обмена ({ $since }); в файле обмена более старый вариант
merge-reason-not-taken = в файле обмена вариант, который эта библиотека не приняла при одном из прошлых обменов
merge-reason-stays-restricted = { $reason }; но вариант из файла обмена открытый, а в этой библиотеке доступ к записи ограничен: он останется ограниченным, если вы не решите принять их вариант как есть
merge-reason-fields-kept = { $reason }; в варианте из файла обмена нет записей итоговой встречи (файл обмена без материалов ограниченного доступа их не содержит), поэтому записи из этой библиотеки сохранятся при любом выборе ({ $fields })
merge-choice-not-in-bundle = в файле обмена нет записи с идентификатором «{ $id }» ({ $kind })
merge-choice-keep-both-refused = «{ $id }» ({ $kind }): «Оставить оба» можно выбрать только для инцидентов, обязательств, просьб и источников (две копии такой записи разделили бы между собой то, что к ней относится); выберите «Оставить мой вариант» или «Принять их вариант»

## Backups: why a file cannot be restored (shown after error-bad-backup's "is not a usable backup:").

backup-problem-missing = файла нет или он пуст
backup-problem-not-a-library = это не библиотека Roundbook
backup-problem-damaged = файл повреждён ({ $check })
backup-problem-not-encrypted = копия не зашифрована, и после восстановления эта зашифрованная библиотека осталась бы незашифрованной (чтобы всё же восстановить её, расшифруйте библиотеку, восстановите копию и снова зашифруйте)
backup-problem-conversion-failed = преобразованная копия не прошла проверку ({ $check })

## The library's settings: what is wrong with one (shown after the setting's name).

setting-problem-lock-after = больше суток (допускается не больше 1440 минут; 0 — никогда)
