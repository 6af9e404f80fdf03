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
