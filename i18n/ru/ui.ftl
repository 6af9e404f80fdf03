# Слова самого приложения: экраны, кнопки, подписи, уведомления. Идентификатор
# начинается с экрана или компонента, которому принадлежит. См. docs/translating.md.

## Словари (lib/labels.ts)

vocab-status-not-met = Не выполнен
vocab-status-partially-met = Выполнен частично
vocab-status-met = Выполнен
vocab-status-regressed = Ухудшение
vocab-round-status-scheduled = Запланирован
vocab-round-status-held = Состоялся
vocab-round-status-cancelled = Отменён
vocab-verification-confirmed = Подтверждено
vocab-verification-credible = Достоверно
vocab-verification-unverified = Не проверено
vocab-sensitivity-public = Открытый
vocab-sensitivity-restricted = Ограниченный доступ
vocab-case-status-at-risk = Под угрозой
vocab-case-status-detained = Задержание
vocab-case-status-charged = Предъявлено обвинение
vocab-case-status-on-trial = Идёт суд
vocab-case-status-sentenced = Вынесен приговор
vocab-case-status-imprisoned = В заключении
vocab-case-status-released = Освобождение
vocab-case-status-acquitted = Оправдательный приговор
vocab-case-status-restricted = Под ограничениями (запрет, надзор)
vocab-case-status-in-exile = В изгнании
vocab-case-status-deceased = Гибель
vocab-case-status-closed = Дело закрыто
vocab-consent-named = Можно называть
vocab-consent-anonymised = Анонимно
vocab-consent-internal = Только для внутреннего пакета
vocab-ask-raised-raised = Поднята
vocab-ask-raised-partly-raised = Поднята частично
vocab-ask-raised-not-raised = Не поднята
vocab-ask-raised-unknown = Неизвестно
vocab-commitment-kind-pledge = Обещание
vocab-commitment-kind-legal-obligation = Правовое обязательство
vocab-commitment-kind-accepted-recommendation = Принятая рекомендация
vocab-commitment-kind-recommendation = Рекомендация
vocab-commitment-kind-statement = Заявление
vocab-source-kind-report = Доклад
vocab-source-kind-statement = Заявление
vocab-source-kind-resolution = Резолюция
vocab-source-kind-news = Новости
vocab-source-kind-legal-text = Правовой акт
vocab-source-kind-observation-report = Отчёт о наблюдении
vocab-source-kind-other = Другое
vocab-audience-external = Внешний — для официальных лиц
vocab-audience-internal = Внутренний — только для команды
vocab-audience-short-external = внешний
vocab-audience-short-internal = внутренний
vocab-paper-a4 = A4
vocab-paper-letter = Letter
vocab-kind-negotiation = Переговоры
vocab-kind-round = Раунд
vocab-kind-concern-area = Проблемная область
vocab-kind-benchmark = Ориентир
vocab-kind-assessment = Оценка
vocab-kind-commitment = Обязательство
vocab-kind-incident = Инцидент
vocab-kind-ask = Просьба
vocab-kind-round-outcome = Итоги раунда
vocab-kind-ask-result = Результат по просьбе
vocab-kind-case = Дело
vocab-kind-case-entry = Запись хроники дела
vocab-kind-source = Источник
vocab-kind-pack = Пакет
vocab-kinds-negotiation = Переговоры
vocab-kinds-round = Раунды
vocab-kinds-concern-area = Проблемные области
vocab-kinds-benchmark = Ориентиры
vocab-kinds-assessment = Оценки
vocab-kinds-commitment = Обязательства
vocab-kinds-incident = Инциденты
vocab-kinds-ask = Просьбы
vocab-kinds-round-outcome = Итоги раундов
vocab-kinds-ask-result = Результаты по просьбам
vocab-kinds-case = Дела
vocab-kinds-case-entry = Записи хроники дел
vocab-kinds-source = Источники
vocab-kinds-pack = Пакеты
vocab-incident-field-title = Название
vocab-incident-field-date = Дата
vocab-incident-field-location = Место
vocab-incident-field-summary = Описание
vocab-incident-field-people = Лица и организации
vocab-incident-field-area = Проблемные области
vocab-incident-field-benchmark = Ориентиры
vocab-incident-field-verification = Проверка
vocab-incident-field-sensitivity = Доступ
vocab-incident-field-source-url = Веб-адреса источников
vocab-incident-field-source-title = Название источника
vocab-incident-field-id = Идентификатор инцидента
vocab-incident-field-language = Язык текста
vocab-row-action-create = Новый
vocab-row-action-update = Изменён
vocab-row-action-unchanged = Без изменений
vocab-row-action-keep = Оставлен как в библиотеке
vocab-row-action-invalid = Есть ошибки
vocab-choice-keep-mine = Оставить мой вариант
vocab-choice-take-theirs = Принять их вариант
vocab-choice-take-theirs-keep-restricted = Принять их вариант, сохранив ограниченный доступ
vocab-choice-keep-both = Оставить оба
vocab-separator-comma = запятая (,)
vocab-separator-semicolon = точка с запятой (;)
vocab-separator-tab = табуляция

## Количество записей

counts-negotiations = переговоры ({ $count })
counts-rounds = { $count ->
        [one] { $count } раунд
        [few] { $count } раунда
       *[many] { $count } раундов
    }
counts-concern-areas = { $count ->
        [one] { $count } проблемная область
        [few] { $count } проблемные области
       *[many] { $count } проблемных областей
    }
counts-benchmarks = { $count ->
        [one] { $count } ориентир
        [few] { $count } ориентира
       *[many] { $count } ориентиров
    }
counts-assessments = { $count ->
        [one] { $count } оценка
        [few] { $count } оценки
       *[many] { $count } оценок
    }
counts-commitments = { $count ->
        [one] { $count } обязательство
        [few] { $count } обязательства
       *[many] { $count } обязательств
    }
counts-incidents = { $count ->
        [one] { $count } инцидент
        [few] { $count } инцидента
       *[many] { $count } инцидентов
    }
counts-asks = { $count ->
        [one] { $count } просьба
        [few] { $count } просьбы
       *[many] { $count } просьб
    }
counts-round-outcomes = { $count ->
        [one] { $count } запись об итогах раунда
        [few] { $count } записи об итогах раундов
       *[many] { $count } записей об итогах раундов
    }
counts-ask-results = { $count ->
        [one] { $count } результат по просьбе
        [few] { $count } результата по просьбам
       *[many] { $count } результатов по просьбам
    }
counts-cases = { $count ->
        [one] { $count } дело
        [few] { $count } дела
        [many] { $count } дел
       *[other] { $count } дела
    }
counts-case-entries = { $count ->
        [one] { $count } запись хроники
        [few] { $count } записи хроники
        [many] { $count } записей хроники
       *[other] { $count } записи хроники
    }
counts-sources = { $count ->
        [one] { $count } источник
        [few] { $count } источника
       *[many] { $count } источников
    }
counts-packs = { $count ->
        [one] { $count } пакет
        [few] { $count } пакета
       *[many] { $count } пакетов
    }

## Окно: меню, поиск, уведомления (App.svelte)

app-skip-to-content = Перейти к содержимому
app-screen-home = Главная
app-screen-rounds = Раунды
app-screen-areas = Проблемные области и ориентиры
app-screen-incidents = Инциденты
app-screen-cases = Дела
app-screen-commitments = Обязательства
app-screen-sources = Источники
app-screen-asks = Просьбы
app-screen-pack = Собрать пакет
app-screen-settings = Настройки
app-screen-search = Поиск
app-record-saved = { $kind ->
        [negotiation] Переговоры сохранены.
        [round] Раунд сохранён.
        [concern_area] Проблемная область сохранена.
        [benchmark] Ориентир сохранён.
        [assessment] Оценка сохранена.
        [commitment] Обязательство сохранено.
        [incident] Инцидент сохранён.
        [ask] Просьба сохранена.
        [case] Дело сохранено.
        [case_entry] Запись хроники сохранена.
        [source] Источник сохранён.
        [pack] Пакет сохранён.
       *[other] Сохранено.
    }
app-record-deleted = { $kind ->
        [negotiation] Переговоры удалены.
        [round] Раунд удалён.
        [concern_area] Проблемная область удалена.
        [benchmark] Ориентир удалён.
        [assessment] Оценка удалена.
        [commitment] Обязательство удалено.
        [incident] Инцидент удалён.
        [ask] Просьба удалена.
        [case] Дело удалено.
        [case_entry] Запись хроники удалена.
        [source] Источник удалён.
        [pack] Пакет удалён.
       *[other] Удалено.
    }
app-start-failed = Не удалось запустить Roundbook
app-opening = Открываем библиотеку…
app-nav-label = Главное меню
app-lock-now = Заблокировать
app-encrypted = Зашифрована
app-encrypted-locks-after = Зашифрована · блокируется после { $minutes ->
        [0] менее минуты
       *[other] { $minutes } мин
    } бездействия
app-offline = Работает без сети · библиотека на этом компьютере
app-search-label = Поиск по библиотеке
app-search-placeholder = Поиск по библиотеке (Ctrl+K)
app-dismiss = Закрыть
app-loading = Загрузка…

## Главная (screens/Home.svelte)

home-demo-loaded = Демонстрационная библиотека загружена: переговоры ЕС и Казахстана 2012 года.
home-empty-ready = Библиотека готова. Начните с переговоров.
home-date-passed = дата прошла
home-days-until = { $days ->
        [0] сегодня
        [1] завтра
        [one] через { $days } день
        [few] через { $days } дня
       *[many] через { $days } дней
    }
home-welcome = Добро пожаловать в Roundbook
home-welcome-lead = Храните всё, что известно о переговорах, — проблемные области, ориентиры, обязательства, инциденты и источники — в одной библиотеке на этом компьютере и готовьте из неё брифинг-пакет со ссылками на источники к каждому раунду.
home-welcome-offline = Ничто не покидает этот компьютер: Roundbook работает без сети.
home-start-demo = Начать с демонстрационной библиотеки
home-start-demo-what = Переговоры ЕС и Казахстана о партнёрстве 2012 года — по обращению НКО от 20 марта 2012 года.
home-start-empty = Начать с пустой
home-start-empty-what = Пустая библиотека для ваших переговоров.
home-next-round = Следующий раунд
home-pack-ready = Пакет готов: подготовлено { $count }, последний — { $date } ({ $audience }, { $pages ->
        [one] { $pages } страница
        [few] { $pages } страницы
       *[many] { $pages } страниц
    }).
home-no-pack = К этому раунду пакета ещё нет.
home-build-pack = Собрать пакет к раунду «{ $round }»
home-all-rounds = Все раунды
home-library-empty = Библиотека пуста. Начните с переговоров, за которыми вы следите, затем запланируйте их раунды.
home-add-negotiation = Добавить переговоры
home-no-round-scheduled = Ни один раунд не запланирован.
home-plan-round = Запланировать раунд
home-negotiations = Переговоры
home-add = Добавить
home-pack-tag = пакет
home-no-rounds = Раундов пока нет.
home-no-negotiations = Переговоров пока нет.
home-recent-packs = Последние пакеты
home-in-library = В библиотеке

## Раунды (screens/Rounds.svelte)

rounds-lead = Раунд — это одна встреча в рамках переговоров. Пакет готовится к раунду.
rounds-add-negotiation = Добавить переговоры
rounds-add-round = Добавить раунд
rounds-edit-negotiation = Изменить переговоры
rounds-column-date = Дата
rounds-column-round = Раунд
rounds-column-place = Место
rounds-column-status = Статус
rounds-column-packs = Пакеты
rounds-column-actions = Действия
rounds-date-passed = (дата прошла)
rounds-build-pack = Собрать пакет
rounds-none-planned = Раунды ещё не запланированы.
rounds-no-negotiations = Переговоров пока нет. Добавьте переговоры, за которыми вы следите, затем их раунды.
rounds-back = Все раунды
rounds-edit-round = Изменить раунд
rounds-history = История
rounds-outcome-record = Записать итоги
rounds-outcome-edit = Изменить итоги
rounds-outcome-record-title = Итоги раунда «{ $round }»
rounds-outcome-edit-title = Изменить итоги раунда «{ $round }»
rounds-outcome-statement = Заявление ЕС
# $date: the day of the statement, e.g. 25 January 2012.
rounds-outcome-statement-of = Заявление ЕС от { $date }
rounds-outcome-no-statement = Заявление не записано.
# $sources: the titles of the statement's sources, separated by semicolons.
rounds-outcome-sources = Источники: { $sources }
rounds-outcome-debrief = Итоговая встреча
rounds-outcome-debrief-restricted-note = Ограниченный доступ: записи итоговой встречи не попадают в пакет обмена, если не отправлять материалы с ограниченным доступом, и никогда не печатаются для внешней аудитории
rounds-outcome-asks = Наши просьбы
rounds-outcome-asks-help = Для каждой просьбы укажите, поднял ли её ЕС. Просьба без результата не записывается.
rounds-outcome-standing-ask = постоянная просьба
rounds-outcome-result = Результат
rounds-outcome-result-none = — не записан —
rounds-outcome-result-sensitivity = Кому доступно
rounds-outcome-choose = Выберите…
rounds-outcome-choose-sensitivity = Выберите, кому доступен этот результат: значения по умолчанию нет.
rounds-outcome-evidence = Подтверждение (цитата или запись встречи)
rounds-outcome-evidence-example = например: «ЕС призвал к независимому расследованию».
rounds-outcome-no-asks = У этого раунда нет просьб, а у направлений его переговоров нет постоянных.
rounds-outcome-save = Сохранить итоги
# $raised counts the asks raised fully or partly, $total the asks with a result.
rounds-outcome-tally = ЕС поднял { $raised } из { $total } { $total ->
        [one] просьбы
       *[other] просьб
    }
rounds-outcome-tally-partly = (частично — { $count })
rounds-outcome-no-results = Результатов по просьбам пока нет.
rounds-outcome-none = Итоги ещё не записаны. После итоговой встречи запишите, что дал раунд.
rounds-outcome-not-held = Итоги можно записать, когда раунд состоится.
rounds-outcome-commitments = Обязательства, взятые на этом раунде
# $note: what is invented, as the record says.
rounds-outcome-illustrative = Пример: { $note }

## Просьбы (screens/Asks.svelte)

asks-filter = Фильтр просьб
asks-round = Раунд
asks-all = Все просьбы
asks-standing-only = Только постоянные просьбы
asks-add = Добавить просьбу
asks-add-here = Добавить просьбу сюда
asks-round-only = Только «{ $round }»
asks-standing = Постоянная
asks-no-match = Подходящих просьб нет.
asks-none = Просьб пока нет. Просьба — то, что официальные лица должны поднять на переговорах.

## Обязательства (screens/Commitments.svelte)

commitments-filter = Фильтр обязательств
commitments-filter-example = например: Мадрид, план действий
commitments-area = Проблемная область
commitments-all-areas = Все области
commitments-add = Добавить обязательство
commitments-column-made = Дата
commitments-column-commitment = Обязательство
commitments-column-made-by = Кем взято
commitments-column-instrument = Документ
commitments-column-kind = Вид
commitments-quote = «{ $quote }»
commitments-no-match = Подходящих обязательств нет.
commitments-none = Обязательств пока нет.

## Источники (screens/Sources.svelte)

sources-opened-in-browser = Открыто в веб-браузере.
sources-imported = { $created ->
        [one] Импортирован { $created } новый источник
        [few] Импортировано { $created } новых источника
       *[many] Импортировано { $created } новых источников
    }{ $updated ->
        [0] {""}
       *[other] , обновлено: { $updated }
    }.
sources-filter = Фильтр источников
sources-filter-example = например: резолюция, Эштон
sources-newest-first = Сначала новые
sources-reading = Чтение…
sources-import-zotero = Импорт из Zotero (CSL JSON)…
sources-export-csl = Экспорт в CSL JSON…
sources-add = Добавить источник
sources-column-source = Источник
sources-column-publisher = Издатель
sources-column-published = Опубликован
sources-column-kind = Вид
sources-column-url = Веб-адрес
sources-open-url = Открыть { $url } в веб-браузере
sources-no-match = Подходящих источников нет.
sources-empty = Источников пока нет.

## Результаты поиска (screens/SearchResults.svelte)

search-searching = Поиск…
search-summary = По запросу «{ $query }» { $count ->
        [one] найден { $count } результат
        [few] найдено { $count } результата
       *[many] найдено { $count } результатов
    }
search-nothing = По запросу «{ $query }» ничего не найдено. Каждое слово должно совпадать с началом слова; регистр, диакритика и казахские буквы значения не имеют.

## Проблемные области и ориентиры (screens/Areas.svelte)

areas-filter = Фильтр областей и ориентиров
areas-add-area = Добавить область
areas-add-benchmark = Добавить ориентир
areas-list-label = Проблемные области
areas-no-match = Ничего не найдено.
areas-none = Проблемных областей пока нет.
areas-edit-area = Изменить область
areas-no-background = Контекст ещё не написан.
areas-sources = Источники: { $sources }
areas-benchmarks = Ориентиры
areas-as-of = на { $date }
areas-how-verified = Как проверяется
areas-why-it-matters = Почему это важно
areas-target-date = Целевой срок
areas-edit-benchmark = Изменить ориентир
areas-add-assessment = Добавить оценку
areas-assessment-history = История оценок
areas-assessments-oldest-first = Оценки, сначала ранние
areas-edit = Изменить
areas-not-assessed = Ещё не оценено.
areas-no-benchmark-matches = Подходящих ориентиров нет.
areas-no-benchmarks = Ориентиров пока нет.
areas-start = Для начала добавьте проблемную область — тему, которую вы продвигаете, например свобода СМИ.

## Разблокировка (screens/Unlock.svelte)

unlock-locked-idle = Библиотека заблокирована, потому что Roundbook какое-то время не использовался.
unlock-locked = Библиотека заблокирована.
unlock-nothing-open = Пока не введена парольная фраза, ничего из неё не открыто.
unlock-encrypted = Эта библиотека зашифрована. Введите парольную фразу, чтобы её открыть.
unlock-passphrase = Парольная фраза
unlock-opening = Открываем…
unlock-open = Открыть библиотеку
unlock-could-not-open = Не удалось открыть библиотеку.
unlock-library-file = Файл библиотеки:

## Инциденты (screens/Incidents.svelte)

incidents-imported = { $created ->
        [one] Импортирован { $created } новый инцидент
        [few] Импортировано { $created } новых инцидента
       *[many] Импортировано { $created } новых инцидентов
    }{ $updated ->
        [0] {""}
       *[other] , обновлено: { $updated }
    }{ $sources ->
        [0] {""}
       *[other] , новых источников: { $sources }
    }{ $skipped ->
        [0] {""}
       *[other] ; пропущено строк с ошибками: { $skipped }
    }.
incidents-filter = Фильтр инцидентов
incidents-words = Слова
incidents-words-example = например: Жанаозен, Жаңаөзен, забастовка
incidents-area = Проблемная область
incidents-all-areas = Все области
incidents-benchmark = Ориентир
incidents-all-benchmarks = Все ориентиры
incidents-from = С
incidents-until = По
incidents-verification = Проверка
incidents-sensitivity = Доступ
incidents-any = Любая
incidents-total-none = Инцидентов нет
incidents-total-none-matching = Подходящих инцидентов нет
incidents-total = { $first }–{ $last } из { $total ->
        [one] { $total } инцидента
       *[other] { $total } инцидентов
    }
incidents-total-matching = { $first }–{ $last } из { $total ->
        [one] { $total } подходящего инцидента
       *[other] { $total } подходящих инцидентов
    }
incidents-loading = загрузка…
incidents-clear-filters = Сбросить фильтры
incidents-reading = Чтение…
incidents-import-csv = Импорт из таблицы…
incidents-add = Добавить инцидент
incidents-date-error = { $error }. Попробуйте 2012, 2012-01 или 16.12.2011.
incidents-column-date = Дата
incidents-sorted-newest-first = , сначала новые; изменить
incidents-sorted-oldest-first = , сначала ранние; изменить
incidents-column-incident = Инцидент
incidents-column-place = Место
incidents-column-areas = Области
incidents-column-verification = Проверка
incidents-no-match = Под эти фильтры не подходит ни один инцидент.
incidents-none = Инцидентов пока нет.
incidents-pages = Страницы
incidents-previous = ← Назад
incidents-page = Страница { $page } из { $pages }
incidents-next = Вперёд →

## Дела (screens/Cases.svelte)

cases-filter-label = Фильтр дел
cases-filter = Найти дело
cases-filter-example = Имя в любом написании, род занятий…
cases-status = Текущий статус
cases-any-status = Любой статус
cases-no-status = Хроники ещё нет
cases-area = Проблемная область
cases-all-areas = Все области
cases-consent = Согласие
cases-any-consent = Любое
cases-total-matching = { $shown } из { $total ->
        [one] { $total } дела
       *[other] { $total } дел
    }
cases-clear-filters = Сбросить фильтры
cases-add = Добавить дело
cases-column-case = Дело
cases-column-status = Текущий статус
cases-column-consent = Согласие
cases-column-areas = Области
cases-since = с { $date }
cases-no-match = Под эти фильтры не подходит ни одно дело.
cases-none = Дел пока нет. Добавьте людей, за чьей судьбой вы следите; всё, что с ними происходит, записывается в хронику каждого дела.
cases-back = Все дела
cases-edit = Изменить дело
cases-also-written = Другие написания: { $names }
cases-now = Сейчас
cases-consent-named-note = Можно называть: пакеты могут указывать имя человека.
cases-consent-anonymised-note = Анонимно: во внешних пакетах дело описывается без имени.
cases-consent-internal-note = Только для внутреннего пакета: дело попадает во внутренние пакеты и никогда — в пакет для внешней аудитории.
cases-timeline = Хроника статуса
cases-timeline-newest-first = Хроника статуса, сначала новые записи
cases-add-entry = Добавить запись
cases-new-entry = Новая запись хроники
cases-entry-note-example = Обвинение, приговор, суд
cases-entry-choose-status = Выберите статус.
cases-entry-cancel = Отмена
cases-entry-save = Сохранить запись
cases-entry-edit = Изменить
cases-entry-delete = Удалить…
cases-entry-sources = Источники: { $sources }
cases-entry-delete-message = Запись «{ $status }, { $date }» будет удалена из хроники дела. Это нельзя отменить.
cases-no-entries = Хроники пока нет. Добавьте первую запись: с какого времени и какой статус.
cases-links = Связи
cases-no-links = Дело пока ни с чем не связано: ни с областью, ни с ориентиром, инцидентом, просьбой или источником. Чтобы добавить связи, измените дело.

## Настройки (screens/Settings.svelte)

settings-language = Язык
settings-language-help = Язык приложения и его сообщений. Язык пакета выбирается при его сборке.
settings-saved = Настройки сохранены.
settings-merged = Объединено: новых — { $inserted }, обновлено — { $updated }, без изменений — { $unchanged }{ $kept ->
        [0] {""}
       *[other] , оставлено в вашем варианте — { $kept }
    }.
settings-packs = Пакеты
settings-organisation = Организация(-и), подготовившая пакет
settings-organisation-example = например: Норвежский Хельсинкский комитет · IPHR
settings-organisation-help = Печатается на обложке каждого пакета и указывается автором PDF.
settings-pack-language = Язык пакетов
settings-pack-language-help = Язык, на котором пишутся пакеты, если при сборке вы не выберете другой.
settings-default-paper = Формат бумаги по умолчанию
settings-default-audience = Аудитория по умолчанию
settings-illustrative = Эта библиотека — условный материал
settings-illustrative-help = Для демонстрационной или учебной библиотеки: опишите, что это. Тогда на каждой странице каждого пакета из неё будет пометка «Иллюстративно», а пакет для официальных лиц получит блокирующее замечание. Очищайте поле только для библиотеки с реальными материалами.
settings-saving = Сохранение…
settings-save = Сохранить настройки
settings-library = Библиотека
settings-library-file = Файл библиотеки
settings-library-file-help = Всё, что вы храните, находится в этом одном файле на этом компьютере.
settings-share = Обмен с коллегами
settings-share-lead = Файл обмена содержит всю библиотеку, одни переговоры или некоторые их проблемные области. При объединении с файлом коллеги сначала видно, что изменится, а там, где запись изменили вы оба, вы сами выбираете вариант; ничего не дублируется и не удаляется.
settings-export-bundle = Экспортировать файл обмена…
settings-reading = Чтение…
settings-merge-bundle = Объединить с файлом коллеги…
settings-version = Roundbook { $version } · работает без сети; ничего не передаётся по сети.

## Резервные копии (components/BackupsPanel.svelte)

backups-made = Резервная копия создана.
backups-size-kb = { $size } КБ
backups-size-mb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } МБ
backups-why-manual = Создана вами
backups-why-before-restore = Перед восстановлением
backups-why-before-upgrade = Перед обновлением Roundbook
backups-why-daily = Ежедневная
backups-enter-passphrase = Введите парольную фразу библиотеки.
backups-restored = Библиотека восстановлена из резервной копии от { $when }. Библиотека в прежнем виде сохранена среди резервных копий.
backups-title = Резервные копии
backups-backing-up = Копирование…
backups-back-up-now = Создать копию сейчас
backups-lead = Roundbook создаёт резервную копию в каждый день работы и хранит последние { $kept }.
backups-lead-encrypted = Roundbook создаёт резервную копию в каждый день работы и хранит последние { $kept }, зашифрованные так же, как библиотека.
backups-where = Они находятся в папке
backups-problem = Не удалось создать сегодняшнюю резервную копию: { $problem }
backups-column-made = Создана
backups-column-why = Причина
backups-column-size = Размер
backups-column-restore = Восстановить
backups-restore = Восстановить…
backups-none = Резервных копий пока нет.
backups-restore-title = Восстановить из резервной копии?
backups-restore-what = Библиотека будет заменена резервной копией от { $when }: всё, что было добавлено или изменено с тех пор, из неё исчезнет.
backups-restore-safe = Сначала Roundbook сохранит копию библиотеки в нынешнем виде, чтобы к ней можно было вернуться.
backups-passphrase = Парольная фраза библиотеки
backups-restoring = Восстановление…
backups-cancel = Отмена
backups-restore-confirm = Восстановить эту копию

## Поле фильтра (components/FilterBox.svelte)

filter-box-placeholder = Фильтр…

## Экспорт файла обмена (components/BundleExport.svelte)

bundle-export-choose-negotiation = Выберите переговоры.
bundle-export-tick-area = Отметьте хотя бы одну проблемную область.
bundle-export-done = Экспортировано записей: { $records }, файл { $path }.
bundle-export-done-sealed = Экспортировано записей: { $records }, файл { $path } (зашифрован).
bundle-export-title = Экспорт файла обмена
bundle-export-what = Что экспортировать
bundle-export-everything = Всю библиотеку
bundle-export-one-negotiation = Одни переговоры
bundle-export-some-areas = Некоторые проблемные области переговоров
bundle-export-negotiation = Переговоры
bundle-export-areas = Проблемные области
bundle-export-no-areas = У этих переговоров нет проблемных областей.
bundle-export-complete = Файл обмена содержит записи вместе со всем, на что они ссылаются, поэтому он полон сам по себе.
bundle-export-leaving = Что покинет эту библиотеку
bundle-export-leaving-choose = Выберите, что экспортировать, чтобы увидеть состав файла.
bundle-export-leaving-total = { $records ->
        [one] Всего { $records } запись:
        [few] Всего { $records } записи:
        [many] Всего { $records } записей:
       *[other] Всего { $records } записи:
    }
bundle-export-and-more = …и ещё { $count }
bundle-export-restricted-tag = ограниченный доступ
bundle-export-restricted-stay = { $count ->
        [one] { $count } запись с ограниченным доступом останется здесь вместе со всеми ссылками на неё
        [few] { $count } записи с ограниченным доступом останутся здесь вместе со всеми ссылками на них
        [many] { $count } записей с ограниченным доступом останутся здесь вместе со всеми ссылками на них
       *[other] { $count } записи с ограниченным доступом останутся здесь вместе со всеми ссылками на них
    }
bundle-export-include-restricted = Отправить и записи с ограниченным доступом ({ $count })
bundle-export-restricted-warning = { $count ->
        [one] { $count } запись с ограниченным доступом покинет эту библиотеку. Передавайте файл только тем, кому её можно видеть.
        [few] { $count } записи с ограниченным доступом покинут эту библиотеку. Передавайте файл только тем, кому их можно видеть.
        [many] { $count } записей с ограниченным доступом покинут эту библиотеку. Передавайте файл только тем, кому их можно видеть.
       *[other] { $count } записи с ограниченным доступом покинут эту библиотеку. Передавайте файл только тем, кому их можно видеть.
    }
bundle-export-protect = Защита
bundle-export-seal = Зашифровать файл парольной фразой
bundle-export-passphrase = Парольная фраза для файла
bundle-export-passphrase-help = Передайте её коллеге иначе, чем сам файл: лично или по телефону.
bundle-export-passphrase-again = Та же парольная фраза ещё раз
bundle-export-age = Шифруется в формате age; коллега откроет файл в Roundbook или любой программой age.
bundle-export-unsealed-encrypted = Библиотека зашифрована, а этот файл не будет: любой, к кому он попадёт, прочтёт всё его содержимое.
bundle-export-unsealed = Без парольной фразы файл сможет прочесть любой, к кому он попадёт.
bundle-export-export = Экспортировать
bundle-export-cancel = Отмена
bundle-export-exporting = Экспорт…
bundle-export-submit = Экспортировать…

## Экспорт источников в CSL JSON (components/CslExport.svelte)

csl-export-done = Экспортировано источников: { $exported }{ $left ->
        [0] {""}
       *[other] {" "}(без { $left } с ограниченным доступом)
    }, файл { $path }
csl-export-title = Экспорт источников в CSL JSON
csl-export-lead = Источники библиотеки ({ $total }) в виде файла CSL JSON, который можно импортировать в Zotero, Mendeley и pandoc.
csl-export-include-restricted = Включить источники с ограниченным доступом ({ $restricted })
csl-export-restricted-warning = Источники с ограниченным доступом конфиденциальны: не передавайте этот файл за пределы команды.
csl-export-restricted-left-out = Источники с ограниченным доступом не включаются.
csl-export-cancel = Отмена
csl-export-exporting = Экспорт…
csl-export-submit = Экспортировать…

## Импорт источников из Zotero (components/CslImport.svelte)

csl-import-title = Импорт источников из «{ $file }»
csl-import-lead = Названия, издатели, даты, веб-адреса и виды берутся из файла. Источники, ранее импортированные из тех же записей Zotero, обновляются, а не дублируются; ограничение доступа к источнику остаётся таким, как вы его установили.
csl-import-column-item = Запись
csl-import-column-source = Источник
csl-import-column-action = Что произойдёт
csl-import-more = и ещё { $count }.
csl-import-warnings = Обратите внимание ({ $count })
csl-import-item = Запись { $item }
csl-import-item-field = Запись { $item }, { $field }
csl-import-nothing = Из этого файла ничего нельзя импортировать:
csl-import-all-there = Импортировать нечего: все записи уже есть в библиотеке.
csl-import-cancel = Отмена
csl-import-close = Закрыть
csl-import-importing = Импорт…
csl-import-submit = Импортировать

## Объединение с файлом коллеги (components/BundleMerge.svelte)

merge-enter-passphrase = Введите парольную фразу файла.
merge-column-field = Поле
merge-column-yours = Ваш вариант
merge-column-theirs = Их вариант
merge-lowers-sensitivity = Их вариант — открытый, ваш — с ограниченным доступом. Если принять их вариант как есть, запись попадёт во внешние пакеты.
merge-what-to-keep = Что оставить для «{ $label }»
merge-as-copy = (их вариант как копия)
merge-for-all = Для всех:
merge-more-not-shown = Ещё { $count } не показаны; к ним применяется выбор для всех.
merge-title = Объединение с «{ $file }»
merge-sealed = Этот файл зашифрован. Введите парольную фразу, которую вам дал коллега.
merge-passphrase = Парольная фраза файла
merge-from-exported = От { $sender }, экспортирован { $date }.
merge-from = От { $sender }.
merge-exported = Экспортирован { $date }.
merge-last-exchange = В последний раз вы объединялись с их файлом, экспортированным { $date }.
merge-first-exchange = Первый файл от этого отправителя: там, где варианты различаются, предлагается более новый.
merge-count-kept = Ваш вариант
merge-count-conflicts = Конфликты
merge-nothing-to-do = Всё, что есть в этом файле, уже есть в вашей библиотеке: объединение ничего не изменит.
merge-conflicts = Конфликты
merge-conflicts-help = Изменено с обеих сторон. Сохраняется ваш вариант, если вы не выберете иначе.
merge-updates = Обновления
merge-updates-help = Изменено только в файле: их вариант заменяет ваш, если вы не выберете иначе.
merge-kept = Ваш вариант
merge-kept-help = В файле более старая версия этих записей: сохраняется ваш вариант, если вы не выберете иначе.
merge-new-records = Новые записи ({ $count })
merge-and-more = и ещё { $count }.
merge-never-deletes = Записи, которые есть только в вашей библиотеке, остаются как есть: объединение ничего не удаляет.
merge-in-bundle = В файле: { $counts }.
merge-cancel = Отмена
merge-opening = Открываем…
merge-open = Открыть
merge-choose-public = Сделайте выбор для записей, которые станут открытыми: { $count }.
merge-merging = Объединение…
merge-merge = Объединить

## Подтверждение удаления (components/ConfirmDialog.svelte)

confirm-in-use = { $message }. Сначала уберите эти связи, затем удалите запись.
confirm-close = Закрыть
confirm-cancel = Отмена
confirm-delete = Удалить

## Импорт инцидентов из таблицы (components/CsvImport.svelte)

csv-title = Импорт инцидентов из «{ $file }»
csv-separator = Разделитель:
csv-rows-with-content = { $count ->
        [one] { $count } непустая строка
        [few] { $count } непустые строки
       *[many] { $count } непустых строк
    }
csv-nothing-until-import = Ничего не импортируется, пока вы не нажмёте «Импортировать».
csv-column-in-file = Столбец в файле
csv-goes-into = Куда попадает
csv-column-number = Столбец { $number }
csv-not-imported = — не импортируется —
csv-update-existing = Обновить инциденты, уже имеющиеся в библиотеке, заполненными ячейками файла
csv-count-kept = Как в библиотеке
csv-count-with-problems = С ошибками
csv-sources-to-make = { $count ->
        [one] Будет создан { $count } новый источник
        [few] Будут созданы { $count } новых источника
       *[many] Будут созданы { $count } новых источников
    } для веб-адресов, которых в библиотеке ещё нет.
csv-rows-kept = Строк, отличающихся от инцидентов в библиотеке: { $count }; инциденты в библиотеке остаются как есть (отметьте «Обновить инциденты…», чтобы взять ячейки из файла).
csv-problems = Ошибки ({ $count })
csv-row = Строка { $row }
csv-row-column = Строка { $row }, столбец { $column }
csv-warnings = Обратите внимание ({ $count })
csv-every-row = Все строки ({ $count })
csv-column-row = Строка
csv-column-incident = Инцидент
csv-column-action = Что произойдёт
csv-more-rows = и ещё строк: { $count }.
csv-why-invalid = Строк с ошибками: { $count }. Исправьте файл и выберите его снова или импортируйте только строки без ошибок.
csv-all-there = Импортировать нечего: все строки уже есть в библиотеке.
csv-sensitivity-question = { $count ->
    [one] У { $count } нового инцидента
   *[other] У { $count } новых инцидентов
} в файле не указана конфиденциальность. Импортировать как:
csv-sensitivity-hint = Инциденты с ограниченным доступом не попадают во внешние пакеты и в передаваемые наборы. Строки, где указано «public» или «restricted», сохраняют своё.
csv-why-sensitivity = Выберите конфиденциальность для инцидентов, у которых в файле она не указана.
csv-cancel = Отмена
csv-import-valid = Импортировать строки без ошибок ({ $count })
csv-importing = Импорт…
csv-checking = Проверка…
csv-import = Импортировать

## Поле формы (components/Field.svelte)

field-needs-day = нужен день, например 2012-04-10 или 10 апреля 2012
field-filter-placeholder = Фильтр…
field-filter = Фильтр: { $field }
field-nothing-to-choose = Пока не из чего выбрать.
field-nothing-matches = Ничего не найдено по запросу «{ $filter }».
new-source-open = Новый источник…
new-source-title = Новый источник
new-source-save = Добавить источник
new-source-cancel = Отмена
field-selected = Выбрано: { $count }

## Что сделает импорт (components/Counts.svelte)

import-count-new = Новые
import-count-updated = Обновлённые
import-count-unchanged = Без изменений

## Диалоги (components/Modal.svelte)

modal-close = Закрыть

## Готовность (components/ReadinessPanel.svelte)

readiness-blockers = Блокирующие замечания
readiness-blockers-help = В таком виде официальное лицо не может доверять пакету.
readiness-warnings = Предупреждения
readiness-warnings-help = Они ослабляют пакет; исправьте их, если есть время.
readiness-notes = Заметки
readiness-notes-help = Полезно знать.
readiness-title = Готовность
readiness-counts = Блокирующих: { $blockers } · предупреждений: { $warnings }
readiness-clear = Ничего не найдено: у каждого утверждения есть источник, каждый ориентир оценён.
readiness-open-settings = Открыть настройки
readiness-open-record = { $kind ->
        [negotiation] Открыть переговоры
        [round] Открыть раунд
        [concern_area] Открыть проблемную область
        [benchmark] Открыть ориентир
        [assessment] Открыть оценку
        [commitment] Открыть обязательство
        [incident] Открыть инцидент
        [ask] Открыть просьбу
        [case] Открыть дело
        [case_entry] Открыть хронику дела
        [source] Открыть источник
        [pack] Открыть пакет
       *[other] Открыть запись
    }

## Последние пакеты (components/RecentPacks.svelte)

recent-packs-saved-again = Снова сохранён как { $path }
recent-packs-column-round = Раунд
recent-packs-column-audience = Аудитория
recent-packs-column-pages = Стр.
recent-packs-column-made = Создан
recent-packs-column-actions = Действия
recent-packs-not-saved = Не сохранён
recent-packs-open = Открыть PDF
recent-packs-saving = Сохранение…
recent-packs-export-again = Экспорт заново
recent-packs-none = Пакетов пока нет. Здесь появятся экспортированные пакеты.


## Добавление и изменение записи (components/RecordForm.svelte)

record-form-add = { $kind ->
        [negotiation] Добавить переговоры
        [round] Добавить раунд
        [concern_area] Добавить проблемную область
        [benchmark] Добавить ориентир
        [assessment] Добавить оценку
        [commitment] Добавить обязательство
        [incident] Добавить инцидент
        [ask] Добавить просьбу
        [case] Добавить дело
        [case_entry] Добавить запись в хронику
        [source] Добавить источник
        [pack] Добавить пакет
       *[other] Добавить запись
    }
record-form-edit = { $kind ->
        [negotiation] Изменить переговоры
        [round] Изменить раунд
        [concern_area] Изменить проблемную область
        [benchmark] Изменить ориентир
        [assessment] Изменить оценку
        [commitment] Изменить обязательство
        [incident] Изменить инцидент
        [ask] Изменить просьбу
        [case] Изменить дело
        [case_entry] Изменить запись хроники
        [source] Изменить источник
        [pack] Изменить пакет
       *[other] Изменить запись
    }
record-form-save = Сохранить
record-form-delete = Удалить…
record-form-cancel = Отмена
record-form-saving = Сохранение…
record-form-save-changes = Сохранить изменения
record-view-edit = Изменить
record-view-close = Закрыть
record-view-restricted = ограниченный доступ
record-form-choose-one = Выберите вариант: значения по умолчанию нет.
record-form-discard-title = Отменить изменения?
record-form-discard-message = { $kind ->
        [negotiation] Вы изменили эти переговоры, но не сохранили их.
        [round] Вы изменили этот раунд, но не сохранили его.
        [concern_area] Вы изменили эту проблемную область, но не сохранили её.
        [benchmark] Вы изменили этот ориентир, но не сохранили его.
        [assessment] Вы изменили эту оценку, но не сохранили её.
        [commitment] Вы изменили это обязательство, но не сохранили его.
        [incident] Вы изменили этот инцидент, но не сохранили его.
        [ask] Вы изменили эту просьбу, но не сохранили её.
        [case] Вы изменили это дело, но не сохранили его.
        [case_entry] Вы изменили эту запись хроники, но не сохранили её.
        [source] Вы изменили этот источник, но не сохранили его.
        [pack] Вы изменили этот пакет, но не сохранили его.
       *[other] Вы изменили эту запись, но не сохранили её.
    }
record-form-discard = Отменить изменения
record-form-delete-title = { $kind ->
        [negotiation] Удалить эти переговоры?
        [round] Удалить этот раунд?
        [concern_area] Удалить эту проблемную область?
        [benchmark] Удалить этот ориентир?
        [assessment] Удалить эту оценку?
        [commitment] Удалить это обязательство?
        [incident] Удалить этот инцидент?
        [ask] Удалить эту просьбу?
        [case] Удалить это дело?
        [case_entry] Удалить эту запись хроники?
        [source] Удалить этот источник?
        [pack] Удалить этот пакет?
       *[other] Удалить эту запись?
    }
record-form-delete-message = Запись «{ $label }» будет удалена из библиотеки. Это нельзя отменить.
record-form-delete-message-unnamed = { $kind ->
        [negotiation] Эти переговоры будут удалены из библиотеки. Это нельзя отменить.
        [round] Этот раунд будет удалён из библиотеки. Это нельзя отменить.
        [concern_area] Эта проблемная область будет удалена из библиотеки. Это нельзя отменить.
        [benchmark] Этот ориентир будет удалён из библиотеки. Это нельзя отменить.
        [assessment] Эта оценка будет удалена из библиотеки. Это нельзя отменить.
        [commitment] Это обязательство будет удалено из библиотеки. Это нельзя отменить.
        [incident] Этот инцидент будет удалён из библиотеки. Это нельзя отменить.
        [ask] Эта просьба будет удалена из библиотеки. Это нельзя отменить.
        [case] Это дело и его хроника будут удалены из библиотеки. Это нельзя отменить.
        [case_entry] Эта запись хроники будет удалена из библиотеки. Это нельзя отменить.
        [source] Этот источник будет удалён из библиотеки. Это нельзя отменить.
        [pack] Этот пакет будет удалён из библиотеки. Это нельзя отменить.
       *[other] Эта запись будет удалена из библиотеки. Это нельзя отменить.
    }

## Ограниченный доступ (components/Restricted.svelte, components/StatusPill.svelte)

restricted = Ограниченный доступ
restricted-note = Ограниченный доступ: никогда не печатается в пакете для внешней аудитории
status-pill-not-assessed = Не оценено
case-status-pill-none = Статуса пока нет

## Безопасность (components/SecurityPanel.svelte)

security-encrypt-title = Зашифровать библиотеку
security-rekey-title = Сменить парольную фразу
security-decrypt-title = Расшифровать библиотеку
security-encrypt-action = Зашифровать
security-rekey-action = Сменить парольную фразу
security-decrypt-action = Расшифровать
security-encrypt-working = Шифруем библиотеку и её резервные копии…
security-rekey-working = Меняем парольную фразу библиотеки и её резервных копий…
security-decrypt-working = Расшифровываем библиотеку и её резервные копии…
security-encrypted = Библиотека зашифрована.
security-rekeyed = Парольная фраза изменена.
security-decrypted = Библиотека больше не зашифрована.
security-backups-converted = Преобразовано резервных копий: { $count }.
security-backups-skipped = Более старых резервных копий, которые не открылись с этой парольной фразой и оставлены как были: { $count }.
security-enter-current = Введите нынешнюю парольную фразу библиотеки.
security-lock-after-saved = { $minutes ->
        [one] Библиотека будет блокироваться после { $minutes } минуты бездействия.
       *[other] Библиотека будет блокироваться после { $minutes } минут бездействия.
    }
security-never-lock-saved = Библиотека не будет блокироваться сама.
security-title = Безопасность
security-state-encrypted = Зашифрована
security-state-not-encrypted = Не зашифрована
security-encrypted-lead = Файл библиотеки и её резервные копии зашифрованы вашей парольной фразой. Без неё файл на этом компьютере ничего не покажет — если парольная фраза утеряна, утеряна и библиотека.
security-rekey = Сменить парольную фразу…
security-decrypt = Расшифровать…
security-not-encrypted-lead = Любой, у кого есть этот компьютер или копия его диска, может прочесть библиотеку. Зашифруйте её перед поездкой: тогда Roundbook будет спрашивать парольную фразу при запуске и блокироваться, когда вы отходите.
security-encrypt = Зашифровать библиотеку…
security-lock-after = Блокировать библиотеку после
security-never = Никогда
security-minutes-without-use = { $minutes ->
        [one] { $minutes } минуты бездействия
       *[other] { $minutes } минут бездействия
    }
security-lock-help = Roundbook закрывает библиотеку, очищает окно и снова спрашивает парольную фразу. Чтобы заблокировать сразу, нажмите «Заблокировать» внизу слева.
security-lock-help-unencrypted = Действует, когда библиотека зашифрована.
security-decrypt-warning = Библиотека и её резервные копии будут храниться незашифрованными: любой, у кого есть этот компьютер, сможет их прочесть, включая инциденты и источники с ограниченным доступом.
security-passphrase-advice = Используйте несколько не связанных между собой слов, не меньше 8 символов. Запишите фразу в надёжном месте: без неё библиотеку не откроет ни вы, ни кто-либо другой.
security-current-passphrase = Нынешняя парольная фраза
security-new-passphrase = Новая парольная фраза
security-passphrase = Парольная фраза
security-passphrase-again = Та же парольная фраза ещё раз
security-few-seconds = Это займёт несколько секунд.
security-cancel = Отмена
security-working = Выполняется…

## Сборка пакета (screens/PackBuilder.svelte)

pack-builder-since-needs-day = нужен день, например 2012-01-24
pack-builder-step-choosing = Выберите, куда сохранить
pack-builder-step-assembling = Собираем содержание
pack-builder-step-rendering = Вёрстка PDF
pack-builder-step-saving = Сохранение файла
pack-builder-step-recording = Запись пакета в библиотеку
pack-builder-export-cancelled = Экспорт отменён: файл не записан.
pack-builder-change-improved = ↑ улучшение
pack-builder-change-worsened = ↓ ухудшение
pack-builder-change-unchanged = без изменений
pack-builder-change-new = первая оценка
pack-builder-state-included = В пакете
pack-builder-state-left-out = Исключено
pack-builder-state-withheld = Не включено: ограниченный доступ
pack-builder-state-withheld-internal = Не включено: только для внутреннего пакета
pack-builder-state-not-cited = Не цитируется
pack-builder-no-rounds = Пакет готовится к раунду. Сначала запланируйте раунд.
pack-builder-go-to-rounds = Перейти к раундам
pack-builder-selection-label = Что охватывает пакет
pack-builder-round = Раунд
pack-builder-started-from-last = Выбор взят из последнего пакета для этого раунда ({ $date }).
pack-builder-audience = Аудитория
pack-builder-audience-external-help = Инциденты и источники с ограниченным доступом не включаются, как и всё, что опирается только на них.
pack-builder-audience-internal-help = Включается всё; каждая страница помечена «Для внутреннего пользования — не распространять».
pack-builder-language = Язык пакета
pack-builder-paper = Бумага
pack-builder-since = Новое с
pack-builder-since-placeholder = ГГГГ-ММ-ДД
pack-builder-since-previous-round = Инциденты с предыдущего раунда — «{ $round }» ({ $date }).
pack-builder-since-date = Инциденты с { $date }.
pack-builder-since-help = Оставьте пустым, чтобы считать «с предыдущего раунда».
pack-builder-areas = Проблемные области и ориентиры
pack-builder-no-areas = У этих переговоров пока нет проблемных областей.
pack-builder-add-area = Добавить проблемную область…
pack-builder-preview-label = Что войдёт в пакет
pack-builder-pages = { $pages ->
        [one] { $pages } страница
        [few] { $pages } страницы
       *[many] { $pages } страниц
    }
pack-builder-withheld-note = Материалы с ограниченным доступом никогда не попадают во внешний пакет
pack-builder-withheld = Не включено из-за ограниченного доступа: { $count }
pack-builder-tick-area = Отметьте хотя бы одну проблемную область.
pack-builder-previewing = Рассчитываем пакет…
pack-builder-laying-out = Вёрстка страниц…
pack-builder-pages-failed = Страницы не удалось сверстать
pack-builder-exporting = Экспорт…
pack-builder-export = Экспорт в PDF…
pack-builder-starting = Начинаем…
pack-builder-ready = Пакет готов: { $pages ->
        [one] { $pages } страница
        [few] { $pages } страницы
       *[many] { $pages } страниц
    }.
pack-builder-open-pdf = Открыть PDF
pack-builder-show-in-folder = Показать в папке
pack-builder-dismiss = Закрыть
pack-builder-outline = Содержание
pack-builder-scorecard = Сводная таблица
pack-builder-scorecard-columns = статус сейчас · с предыдущего раунда
pack-builder-incidents-since = Инциденты с { $date }
pack-builder-incidents-all = Инциденты за всё время
pack-builder-no-incidents = С тех пор по этим областям инцидентов нет.
pack-builder-earlier-incidents = Более ранние инциденты ({ $count }), кратко — в приложении
pack-builder-list-all = Показать все инциденты ({ $count })
pack-builder-commitments = Обязательства
pack-builder-no-commitments = С этими областями не связано ни одного обязательства.
pack-builder-asks = Просьбы
pack-builder-ask-this-round = Этот раунд
pack-builder-ask-standing = Постоянная
pack-builder-no-asks = По этим областям просьб нет.
pack-builder-cases = Индивидуальные дела
pack-builder-case-since = с { $date }
pack-builder-no-cases = С этими областями и ориентирами не связано ни одно дело.
pack-builder-sources = Цитируемые источники
pack-builder-blockers-title = Экспортировать пакет для официальных лиц с блокирующими замечаниями?
pack-builder-blockers-message = Проверка готовности нашла блокирующие замечания ({ $count }): в таком виде официальное лицо не сможет доверять пакету.
pack-builder-export-anyway = Всё равно экспортировать

## Формы записей: поля (lib/specs.ts)

spec-fuzzy-date-help = День, месяц или год либо период: 2011-12-16, янв 2012, 2012, 16–17 дек 2011.
spec-illustrative = Иллюстративно (условный материал)
spec-illustrative-help = Только для вымышленных дат, мест или записей: укажите, что вымышлено. Пакеты, где это есть, отмечают это на каждой странице, а пакет для официальных лиц получает блокирующее замечание. Очистите поле, чтобы снять пометку.
spec-day-help = День: 2012-04-10 или 10 апреля 2012.
spec-negotiation-title = Название
spec-negotiation-title-example = Соглашение о партнёрстве и сотрудничестве ЕС — Казахстан
spec-parties = Стороны
spec-parties-help = По одной в строке.
spec-description = Описание
spec-round-title = Название
spec-round-title-example = Раунд 3
spec-negotiation-id = Переговоры
spec-starts-on = Начало
spec-ends-on = Окончание
spec-ends-on-help = Оставьте пустым для однодневной встречи.
spec-location = Место
spec-status = Статус
spec-notes = Заметки
spec-source-ids = Источники
spec-source-ids-help = Что подтверждает, что раунд запланирован или состоялся.
spec-concern-area-title = Название
spec-concern-area-title-example = Свобода СМИ
spec-negotiation-id-empty = — любые —
spec-concern-area-summary = Контекст
spec-concern-area-summary-help = Печатается в начале раздела этой области в пакете.
spec-position = Порядок
spec-position-help = Области перечисляются по этому номеру.
spec-benchmark-title = Ориентир
spec-benchmark-title-example = Зарегистрировать оппозиционные партии, которым было отказано в регистрации
spec-concern-area-id = Проблемная область
spec-target-date = Целевой срок
spec-measure = Как проверяется
spec-rationale = Почему это важно
spec-assessed-on = Дата оценки
spec-evidence = Основания
spec-commitment-title = Название
spec-made-on = Дата
spec-made-by = Кем взято
spec-made-by-example = Правительство Казахстана
spec-instrument = Документ
spec-instrument-example = Национальный план действий в области прав человека на 2009–2012 годы
spec-kind = Вид
spec-quote = Слова, как они были сказаны или написаны
spec-quote-help = Только дословно: печатается в кавычках и требует источника, доступного официальным лицам. Оставьте пустым, если точных слов у вас нет.
spec-quote-language = Язык высказывания
spec-quote-language-example = ru
spec-quote-language-help = Язык, на котором это было сказано: en, ru, kk.
spec-commitment-summary = Наше изложение
spec-commitment-summary-help = Своими словами: печатается обычным текстом, никогда в кавычках.
spec-concern-area-ids = Проблемные области
spec-commitment-benchmark-ids = Ориентиры
spec-incident-title = Что произошло
spec-occurred-on = Дата
spec-occurred-on-example = 2012-01-28
spec-verification = Проверка
spec-sensitivity = Доступ
spec-incident-sensitivity-help = Инциденты с ограниченным доступом никогда не попадают в пакет для внешней аудитории.
spec-incident-summary = Описание
spec-people = Лица и организации
spec-people-help = По одному в строке, как в источниках.
spec-incident-benchmark-ids = Ориентиры
spec-text = Что должны поднять официальные лица
spec-round-id = Для раунда
spec-round-id-empty = Каждый раунд (постоянная просьба)
spec-commitment-round-id = Взято на раунде
spec-commitment-round-id-empty = Без раунда
spec-statement-on = Дата заявления ЕС
spec-statement-url = Ссылка на заявление
spec-statement-quote = Цитата из заявления
spec-statement-quote-help = Слова в опубликованном виде, дословно. Цитата никогда не переводится.
spec-statement-source-ids = Источники заявления
spec-debrief = Записи итоговой встречи
spec-debrief-help = Что сказали представители ЕС на итоговой встрече, что ЕС будет отслеживать.
spec-debrief-sensitivity = Кому доступны записи встречи
spec-debrief-sensitivity-help = Ограниченный доступ, если не выбрать иное: такие записи не попадают в пакет обмена, если не отправлять материалы с ограниченным доступом.
spec-ask-result-ask = Просьба
spec-ask-result-result = Результат
spec-ask-result-sensitivity-help = Результаты с ограниченным доступом никогда не попадают в пакет для внешней аудитории, а в пакет обмена — только если отправлять материалы с ограниченным доступом.
spec-ask-result-evidence = Подтверждение
spec-ask-result-evidence-help = Цитата или запись итоговой встречи.
spec-ask-benchmark-ids = Ориентиры, к которым она относится
spec-benchmark-ids-help = Чтобы официальные лица видели, какого прогресса касается просьба.
spec-source-title = Название
spec-publisher = Издатель
spec-published-on = Опубликован
spec-url = Веб-адрес
spec-url-example = https://…
spec-accessed-on = Дата обращения
spec-source-sensitivity-help = Источник с ограниченным доступом (например, конфиденциальный контакт) никогда не цитируется во внешнем пакете.
spec-case-name = Имя
spec-case-name-help = Так, как его пишет сам человек.
spec-other-names = Другие написания
spec-other-names-help = По одному на строку: транслитерации, имя в других алфавитах. Поиск находит дело по любому из них.
spec-role = Род занятий
spec-role-example = Журналист, адвокат, профсоюзный активист…
spec-organisation = Организация
spec-consent = Согласие на упоминание имени
spec-consent-help = Значения по умолчанию нет: имя печатается, только если выбрано «Можно называть». Анонимное дело попадает во внешние пакеты без имени; дело «только для внутреннего пакета» в них не попадает вовсе.
spec-case-sensitivity-help = Дело с ограниченным доступом никогда не попадает в пакет для внешней аудитории.
spec-case-summary = Краткое описание
spec-case-summary-help = Печатается в пакетах. Для анонимного дела пишите без имени человека.
spec-case-benchmark-ids = Ориентиры
spec-case-incident-ids = Инциденты
spec-case-ask-ids = Просьбы
spec-case-entry-date = С какого времени
spec-case-entry-date-example = 2012-01
spec-case-entry-status-empty = Выберите статус…
spec-case-entry-note = Примечание
spec-case-entry-note-help = Что произошло: обвинение, приговор, суд.

## Поля записей в предпросмотре объединения (lib/merge.ts)

merge-field-title = Название
merge-field-text = Текст
merge-field-occurred-on = Дата
merge-field-made-on = Дата
merge-field-made-by = Кем взято
merge-field-published-on = Опубликован
merge-field-accessed-on = Дата обращения
merge-field-assessed-on = Дата оценки
merge-field-starts-on = Начало
merge-field-ends-on = Окончание
merge-field-target-date = Целевой срок
merge-field-location = Место
merge-field-summary = Описание
merge-field-description = Описание
merge-field-notes = Заметки
merge-field-measure = Как измеряется
merge-field-rationale = Обоснование
merge-field-evidence = Основания
merge-field-people = Лица и организации
merge-field-verification = Проверка
merge-field-sensitivity = Доступ
merge-field-status = Статус
merge-field-instrument = Документ
merge-field-parties = Стороны
merge-field-publisher = Издатель
merge-field-url = Веб-адрес
merge-field-kind = Вид
merge-field-position = Порядок
merge-field-negotiation-id = Переговоры
merge-field-round-id = Раунд
merge-field-concern-area-id = Проблемная область
merge-field-concern-area-ids = Проблемные области
merge-field-benchmark-id = Ориентир
merge-field-benchmark-ids = Ориентиры
merge-field-source-ids = Источники
merge-field-name = Имя
merge-field-other-names = Другие написания
merge-field-role = Род занятий
merge-field-organisation = Организация
merge-field-consent = Согласие
merge-field-incident-ids = Инциденты
merge-field-ask-ids = Просьбы
merge-field-case-id = Дело
merge-field-date = Дата
merge-field-note = Примечание

## Новая парольная фраза (lib/passphrase.ts)

passphrase-too-short = Используйте не меньше { $min } символов (лучше несколько не связанных между собой слов).
passphrase-not-the-same = Парольные фразы не совпадают.

## The record editor: the record's language and its translations, side by side.
record-translations-heading = Язык и переводы
record-translations-written-in = Язык записи
record-translations-into = Перевод на
record-translations-progress = Переведено: { $done } из { $total }
record-translations-original = Оригинал ({ $language })
record-translations-translation = Перевод ({ $language })

## The pack builder: the changes since our last briefing. $count is a number of items.
pack-builder-compare = Что изменилось с прошлого брифинга
pack-builder-compare-last = Наш последний брифинг (та же аудитория)
pack-builder-compare-nothing = Нет: без раздела изменений
# $round: the earlier pack's round; $audience: its audience; $date: when it was made.
pack-builder-compare-pack = Пакет к встрече «{ $round }» ({ $audience }, { $date })
pack-builder-changes = Что изменилось с прошлого брифинга
pack-builder-changes-since = по сравнению с пакетом к встрече «{ $round }» от { $date }
pack-builder-changes-none = С тех пор ничего не изменилось.
pack-builder-changes-benchmarks = Статус изменился ({ $count })
pack-builder-changes-cases = Дела, статус которых изменился ({ $count })
pack-builder-changes-anonymised = Лицо, не называемое в этом пакете
pack-builder-changes-incidents-added = Новые инциденты ({ $count })
pack-builder-changes-incidents-updated = Обновлённые инциденты ({ $count })
pack-builder-changes-incidents-removed = Инциденты, исключённые из пакета ({ $count })
pack-builder-changes-commitments-added = Новые обязательства ({ $count })
pack-builder-changes-commitments-updated = Обновлённые обязательства ({ $count })
pack-builder-changes-commitments-removed = Обязательства, исключённые из пакета ({ $count })
pack-builder-changes-asks-added = Новые просьбы ({ $count })
pack-builder-changes-asks-reworded = Просьбы в новой редакции ({ $count })
pack-builder-changes-asks-dropped = Снятые просьбы ({ $count })
pack-builder-changes-was = прежде: «{ $text }»

## A negotiation's status grid (the rounds screen).
status-grid-heading = Статус по раундам
status-grid-label = Статус каждого показателя на каждом раунде
status-grid-benchmark = Показатель
status-grid-rule = в каждой ячейке — последняя оценка показателя на последний день раунда или раньше; у будущих раундов ячейки пусты.

## The pack builder's pages: the pack as it will be exported (components/PackPages.svelte).
# $page: a page number; $pages: how many pages the pack has.
pack-pages-title = Страницы
pack-pages-label = Страницы пакета в том виде, в каком он будет экспортирован
pack-pages-help = Листайте страницы клавишами со стрелками, Page Up и Page Down.
pack-pages-page-alt = Страница { $page } из { $pages }
pack-pages-position = Страница { $page } из { $pages }
pack-pages-previous = Предыдущая страница
pack-pages-next = Следующая страница
pack-pages-updating = Обновление…
pack-pages-laying-out = Вёрстка страниц…
pack-pages-coming = Страница готовится…
pack-pages-failed = Не удалось показать страницы: { $reason }
pack-pages-go-to = { $text }: показать страницу { $page }
readiness-show-page = С. { $page }
readiness-show-all = Показать все ({ $count })
readiness-show-page-label = Показать страницу { $page } пакета
pack-builder-cancel-export = Отменить
pack-builder-cancel-export-label = Отменить экспорт: файл не будет записан
pack-builder-cancelling = Отмена…
