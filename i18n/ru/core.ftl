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
