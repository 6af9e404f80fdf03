# Постоянный текст брифинг-пакета. См. docs/translating.md.

pack-eyebrow = Брифинг-пакет
pack-title = Брифинг-пакет: { $negotiation } — { $round }
pack-subject = Ориентиры в области прав человека, обязательства и инциденты: { $round }
round-label = { $round } ({ $dates })
page-of = Страница { $page } из { $pages }

## Пометки аудитории (обложка и каждый колонтитул)

marking-internal = Для внутреннего пользования — не распространять
marking-external = Для официальных лиц: { $party }
marking-external-any = Для официальных лиц
restricted-mark = ОГРАНИЧЕННЫЙ ДОСТУП

## Обложка

cover-round = Раунд
cover-dates = Даты
cover-place = Место
cover-previous-round = Предыдущий раунд
cover-prepared-by = Подготовлено
cover-illustrative = Иллюстративно
cover-illustrative-value = В пакете есть условные материалы, а не факты: см. раздел «Иллюстративные материалы» после содержания
cover-date-prepared = Дата подготовки

## Иллюстративные материалы

band-illustrative = ИЛЛЮСТРАТИВНО — в пакете есть условные материалы: см. «Иллюстративные материалы»
heading-illustrative = Иллюстративные материалы
illustrative-lead = Часть этого пакета — условные материалы, а не факты: вымышленные даты, места, статусы или записи. Не используйте их в работе с официальными лицами в таком виде.
illustrative-library = Эта библиотека
# The demo library's note on what in it is illustrative (a library setting): a pack
# prints it in its own language.
demo-library-illustrative = Это демонстрационная библиотека Roundbook, составленная по обращению Норвежского Хельсинкского комитета, IPHR и Нидерландского Хельсинкского комитета от 20 марта 2012 года. Её проблемные области, обязательства и инциденты взяты из обращения; раунды, их даты и места, а также некоторые пометки придуманы для примера.
illustrative-negotiation = Переговоры: { $title }
illustrative-area = Проблемная область: { $title }
illustrative-benchmark = Ориентир: { $title }
illustrative-assessment = Оценка ориентира { $title } ({ $date })
illustrative-ask = Просьба: { $text }
illustrative-outcome = Итоги встречи «{ $round }» (заявление ЕС, поднятые просьбы)
illustrative-commitment = Обязательство: { $title }
illustrative-incident = Инцидент: { $title } ({ $date })
illustrative-case = Дело: { $title }
illustrative-case-entry = Хроника дела: { $title } ({ $date })
illustrative-source = Источник [{ $number }]: { $title }

## Резюме

heading-contents = Содержание
heading-summary = Резюме
summary-lead = Пакет охватывает { $areas ->
        [one] { $areas } проблемную область
        [few] { $areas } проблемные области
       *[other] { $areas } проблемных областей
    } и { $benchmarks ->
        [one] { $benchmarks } ориентир
        [few] { $benchmarks } ориентира
       *[other] { $benchmarks } ориентиров
    }: { $round }.
# Название раунда — имя собственное: в кавычках и в именительном падеже, после родового слова.
summary-since-round = Изменения отсчитываются от встречи «{ $round }».
summary-since-date = Изменения отсчитываются с { $date }.
summary-recent = { $count ->
        [0] За этот период инцидентов не зафиксировано.
        [one] За этот период зафиксирован { $count } инцидент.
        [few] За этот период зафиксировано { $count } инцидента.
       *[other] За этот период зафиксировано { $count } инцидентов.
    }
tally-status = { $count } — { $status }
tally-not-assessed = { $count } — ещё не оценено
tally-as-of = · статусы на { $date }
heading-scorecard = Сводная таблица
column-area = Проблемная область
column-benchmark = Ориентир
column-status-now = Статус сейчас
column-since = После встречи «{ $round }»
since-round = После встречи «{ $round }» ({ $date })
since-date = С { $date }
all-dates = За всё время
as-of = на { $date }
status-not-assessed = Не оценено
heading-top-asks = Главные просьбы
ask-this-round = (в этом раунде)

## Как изменилось положение с предыдущего раунда

change-not-assessed = Ещё не оценено
change-new = Прежней оценки нет
change-unchanged = Без изменений: { $status }
change-better = Лучше (было: { $was })
change-worse = Хуже (было: { $was })
change-better-since = Лучше, чем на встрече «{ $round }» (было: { $was })
change-worse-since = Хуже, чем на встрече «{ $round }» (было: { $was })
change-better-since-date = Лучше, чем на { $date } (было: { $was })
change-worse-since-date = Хуже, чем на { $date } (было: { $was })

## Раздел проблемной области

label-background = Контекст
heading-benchmarks = Ориентиры
how-verified = Как проверяется:
trend = Динамика:
heading-commitments = Обязательства и что произошло
what-happened = Что произошло
heading-incidents-since-round = Инциденты после встречи «{ $round }»
heading-incidents-since-date = Инциденты с { $date }
heading-incidents = Инциденты
no-incidents-period = За этот период инцидентов не зафиксировано.
column-date = Дата
column-what-happened = Что произошло
earlier-incidents = { $count ->
        [one] { $count } более ранний инцидент приведён в
        [few] { $count } более ранних инцидента приведены в
       *[other] { $count } более ранних инцидентов приведены в
    }
annex-a = приложении А
asks-callout = Просьбы к этому раунду
incident-involved = Участники: { $people }

## Индивидуальные дела

heading-cases = Индивидуальные дела
cases-lead = Люди, чьи дела мы поднимаем, по проблемным областям этого пакета: их положение на дату раунда и что изменилось.
cases-lead-anonymised = Некоторые из них просили не называть их имён: их дела описаны без имён.
case-anonymous = Дело { $number }
case-status-since = с { $date }
case-change-new = Прежнего статуса нет
case-no-status = Статус не записан
case-changed = Изменилось (было: { $was })
case-changed-since = Изменилось после встречи «{ $round }» (было: { $was })
case-changed-since-date = Изменилось с { $date } (было: { $was })
column-status = Статус
case-asks = Наши просьбы по этому делу
summary-cases = { $count ->
        [one] Мы поднимаем { $count } индивидуальное дело
        [few] Мы поднимаем { $count } индивидуальных дела
       *[other] Мы поднимаем { $count } индивидуальных дел
    } ({ $statuses }); { $changed ->
        [0] ни в одном статус за этот период не изменился.
        [one] в { $changed } статус за этот период изменился.
       *[other] в { $changed } статус за этот период изменился.
    }
name-withheld = [имя скрыто]

## Приложения и источники

heading-annex-incidents = Приложение А — Инциденты
annex-incidents-none = С выбранными проблемными областями и ориентирами не связано ни одного инцидента.
annex-incidents-lead = Все инциденты, связанные с выбранными проблемными областями и ориентирами, в хронологическом порядке.
column-incident = Инцидент
column-verification = Проверка
heading-annex-commitments = Приложение Б — Обязательства
annex-commitments-none = С выбранными проблемными областями и ориентирами не связано ни одного обязательства.
column-made = Дата
column-commitment = Обязательство
column-by = Кто / документ
heading-sources = Источники
sources-none = Источники не цитируются.
sources-lead = Номера сносок в тексте отсылают к этому списку.
source-accessed = Просмотрено { $date }.

# A pack in one language whose records lack a translation into it.
untranslated-lead = Фрагменты с пометкой { $marks } ещё не переведены на русский язык и приводятся на языке оригинала.

## Why a pack could not be made. $id, $area, $round and $benchmark are records' ids, as they are.

pack-error-unknown-round = нет раунда с идентификатором «{ $id }»
pack-error-unknown-area = нет проблемной области с идентификатором «{ $id }»
pack-error-area-of-other-negotiation = проблемная область «{ $area }» относится не к тем переговорам, что раунд «{ $round }»
pack-error-unknown-benchmark = нет ориентира с идентификатором «{ $id }»
pack-error-benchmark-outside-areas = ориентир «{ $benchmark }» относится к проблемной области «{ $area }», которая не выбрана
pack-error-no-areas = у раунда «{ $id }» нет проблемных областей для отчёта: добавьте проблемные области в его переговоры или выберите их
pack-error-render = не удалось создать PDF: { $reason }
pack-error-blocked = пакет не записан: проверка готовности нашла { $count } { $count ->
        [one] блокирующее замечание
        [few] блокирующих замечания
        [many] блокирующих замечаний
       *[other] блокирующего замечания
    } (первое: { $kind } { $id }: { $message })
pack-error-recorded-by-newer = пакет «{ $id }» записан более новой версией Roundbook (формат пакета { $format }; эта программа читает форматы до { $known }): обновите Roundbook, чтобы записать его снова
pack-error-compare-other-negotiation = пакет «{ $id }» подготовлен для других переговоров: раздел изменений сравнивает пакеты одних переговоров
pack-error-compare-internal = пакет «{ $id }» внутренний: изменения во внешнем пакете можно показать только по сравнению с прежним внешним пакетом, иначе они раскроют материалы ограниченного доступа
pack-error-compare-other-language = пакет «{ $id }» на другом языке: сравнивайте с пакетом на том же языке
pack-error-cancelled = отменено: ничего не записано

## The part "Changes since our last briefing". $count is a number of items.
heading-changes = Что изменилось с нашего прошлого брифинга
# $date: the day the earlier pack was made; $round: the title of its round.
changes-lead = По сравнению с нашим брифинг-пакетом от { $date } к встрече «{ $round }».
changes-none = С тех пор в содержании пакета ничего не изменилось.
changes-benchmarks = Показатели, статус которых изменился ({ $count })
changes-status = { $was } → { $now }
changes-cases = Индивидуальные дела, статус которых изменился ({ $count })
changes-case-new = впервые в пакете: { $now }
changes-case-anonymised = Лицо, не называемое в этом пакете
changes-no-status = статус не указан
changes-incidents-added = Новые инциденты ({ $count })
changes-incidents-updated = Обновлённые инциденты ({ $count })
changes-incidents-removed = Инциденты, исключённые из пакета ({ $count })
changes-commitments-added = Новые обязательства ({ $count })
changes-commitments-updated = Обновлённые обязательства ({ $count })
changes-commitments-removed = Обязательства, исключённые из пакета ({ $count })
changes-asks-added = Новые просьбы ({ $count })
changes-asks-reworded = Просьбы в новой редакции ({ $count })
changes-asks-dropped = Снятые просьбы ({ $count })
changes-more = … и ещё { $count }.
# $text: an ask's earlier wording.
changes-was = прежде: «{ $text }»
# $fields: a list of changes-field values.
changes-what = изменено: { $fields }
changes-field = { $field ->
        [title] название
        [occurred_on] дата
        [made_on] дата
        [location] место
        [summary] описание
        [people] лица
        [verification] проверка
        [made_by] кем принято
        [instrument] документ
        [kind] вид
        [quote] цитата
       *[other] { $field }
    }

# The outcome of the previous round, in the changes part. $round: the round's title.
changes-outcome = Итоги встречи «{ $round }»
outcome-tally = ЕС поднял { $raised } из { $total } { $total ->
        [one] нашей просьбы
       *[other] наших просьб
    }{ $partly ->
        [0] {""}
       *[other] , { $partly } — частично
    }{ $not_raised ->
        [0] {""}
       *[other] ; не поднял: { $not_raised }
    }{ $unknown ->
        [0] {""}
       *[other] ; неизвестно: { $unknown }
    }.
outcome-raised = Поднята
outcome-partly-raised = Поднята частично
outcome-not-raised = Не поднята
outcome-unknown = Неизвестно
outcome-statement = Заявление ЕС
outcome-statement-on = Заявление ЕС от { $date }
outcome-commitments = { $count ->
        [one] Обязательство, принятое правительством на встрече
       *[other] Обязательства, принятые правительством на встрече
    }
outcome-debrief = Из нашего разбора встречи
