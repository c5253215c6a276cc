### Miners' Guide: every text the bot shows, in Spanish.
### A message's id is on the left of `=`; only the text on the right is translated. `{ $name }`
### is a variable the bot fills in: keep it, anywhere in the sentence. `[one]` / `*[other]` are
### plural forms (CLDR rules for the language); keep the `*` on the default.
### DRAFT: written without a native speaker's check. A reviewer who has read every line
### changes the next line to `### review: reviewed` (and says so in the commit message).
### review: draft

## Conversation, search and cards

welcome = ¡Hola! Soy Miners' Guide, un asistente para los mineros artesanales y de pequeña escala de piedras preciosas y sus cooperativas. Conozco organizaciones que pueden ayudar, guías prácticas (sedimentos, agua, licencias, financiación, seguridad…) y casos reales, cada uno con sus fuentes.
ask-private = Escriba su pregunta con sus propias palabras, por ejemplo: { $example }
example-query = cómo evitar que el lodo llegue al río
ask-group = En un grupo, empiece su mensaje con /find o mencióneme.
commands-heading = Comandos
about-start = bienvenida y cómo usar el bot
about-help = esta lista de comandos
about-find = buscar en todo
about-org = la ficha de una organización
about-orgs = organizaciones, por categoría o región
about-topics = guías prácticas
about-guide = leer una guía
about-cases = casos de estudio
about-country = las reglas de un país: permisos, grupos, dónde vender
about-language = elegir el idioma
arg-query = pregunta
arg-name = nombre
arg-filter = categoría o región
arg-topic = tema
arg-code = código
arg-case = caso
arg-country = país
find-empty = ¿Qué debo buscar? Escríbalo después de /find, por ejemplo: { $example }
empty-message = Su mensaje está vacío. Escriba una pregunta, o /help para ver lo que puedo hacer.
no-results = No encontré nada para «{ $query }».
did-you-mean = Quizás quiso decir:
try-topics = O empiece por un tema:
results-others = Otros resultados para «{ $query }» ({ $first }–{ $last } de { $total }):
find-dont-know = No sé la respuesta a «{ $query }»: nada de lo que tengo trata de eso.
find-nearest = Los temas más cercanos que tengo:
find-offer = Nadie ha escrito todavía sobre esto aquí. Si sabe lo que funciona, cuénteselo a otros con /share, o vea todos los temas con /topics.
offer-share = Compartir lo que sabe
find-offer-ask = Nadie ha escrito todavía sobre esto aquí. Una persona que sabe puede responderle: toque «Preguntar a una persona» o envíe { $command }. También puede ver todos los temas con /topics, o contar a otros lo que funciona con /share.
find-only-filler = ¡Hola! ¿Qué quiere saber? Pregunte en pocas palabras, por ejemplo: { $example }
results-heading = Resultados para «{ $query }» ({ $first }–{ $last } de { $total })
no-more-results = No hay más resultados para «{ $query }».
more = Más
open = Abrir:
kind-org = organización
kind-guide = guía
kind-case = caso de estudio
kind-country = país
category = Categoría
country = País
status = Estado
website = Sitio web
as-of = a fecha de { $date }
sources = Fuentes
checked = leídas el { $date }
full-text-in-english = El texto completo solo está disponible en inglés:
org-needs-name = ¿Qué organización? Por ejemplo: /org mintek. /orgs las muestra todas.
org-not-found = No conozco ninguna organización llamada «{ $name }».
closest-matches = Estos son los resultados más cercanos:
orgs-heading = Organizaciones
orgs-filter-hint = Filtre la lista por categoría o región, por ejemplo /orgs consultoría o /orgs áfrica.
orgs-unknown-filter = No conozco la categoría o región «{ $filter }».
categories-label = Categorías:
regions-label = Regiones:
orgs-none = Todavía ninguna organización corresponde a «{ $filter }».
topics-heading = Guías prácticas
topics-hint = Abra una con /guide y su nombre, por ejemplo /guide sediment.
guide-needs-topic = ¿Qué tema? Elija uno:
guide-not-found = No hay ninguna guía llamada «{ $name }».
cases-heading = Casos de estudio
cases-hint = Abra uno con /cases y su nombre, por ejemplo { $example }.
case-not-found = No hay ningún caso de estudio llamado «{ $name }».
countries-heading = Páginas por país
country-not-found = No hay ninguna página para el país «{ $name }».
language-choose = Elija su idioma:
language-set = A partir de ahora le responderé en español.
language-unknown = Todavía no hablo «{ $code }».
draft-notice = Esta traducción es un borrador, aún no revisado por un hablante nativo: /language en para inglés, /language fr para francés.
unknown-command = No conozco el comando { $command }. Escriba /help para ver los comandos.
query-shortened = Su mensaje era muy largo, así que solo busqué { $count ->
        [one] su primer carácter
       *[other] sus primeros { $count } caracteres
    }.
internal-error = Lo siento, algo falló por mi parte. Vuelva a intentarlo en un momento.
deep-link-unknown = Ese enlace apunta a algo que no conozco.
nothing-more = No hay nada más que mostrar. Busque primero con /find.
all-topics = Todos los temas
all-orgs = Todas las organizaciones
all-cases = Todos los casos
moderators-only = Solo los moderadores pueden hacer eso.
console-intro = Escriba una pregunta, /help para los comandos, /quit para salir.
about-share = compartir lo que le funcionó (un caso)
about-mine = sus aportes y su estado
about-withdraw = retirar un aporte aún pendiente de revisión
about-cancel = detener lo que está en curso
about-pending = aportes pendientes de revisión
about-review = leer un aporte completo
about-approve = aprobar y publicar un aporte
about-reject = rechazar un aporte, con el motivo
about-reopen = reabrir una decisión
about-stats = número de aportes por estado
arg-story = su historia
arg-number = número
arg-number-note = número y nota
arg-number-reason = número y motivo
arg-page = página
moderators-heading = Para moderadores
sharing-disabled = Los aportes no están habilitados aquí.
share-received = ¡Gracias! Recibido, referencia { $reference }. Un moderador lo revisará y se le informará del resultado.
share-too-short = Su historia es demasiado corta para ser útil ({ $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }; al menos { $min }). Diga cuál era el problema, qué hicieron y qué cambió.
share-too-long = Su historia es demasiado larga para un aporte ({ $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }; como máximo { $max }). Por favor, acórtela.
share-rate-limited = Ha enviado muchos aportes en la última hora. Espere { $minutes ->
        [one] { $minutes } minuto
       *[other] unos { $minutes } minutos
    } antes de enviar otro.
slow-down = Está enviando mensajes más rápido de lo que puedo responder a todos. Espere { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } y vuelva a intentarlo.
share-duplicate = Ya envió este texto: se recibió como { $reference }.
try-again = No pude guardarlo ahora y no se almacenó nada. Inténtelo de nuevo en un momento.
share-invalid = Ese aporte no se puede aceptar: { $problem }.
share-group = Para que este grupo siga legible, comparta su historia en un solo mensaje: { $example }. O continúe conmigo en un chat privado.
share-group-notice = Pidió compartir una historia en un grupo; sigamos aquí, paso a paso.
flow-topic = ¿De qué trata su historia? Elija un tema (escriba su nombre o número), o /cancel.
flow-place = ¿Dónde ocurrió? Un pueblo, distrito o país — o /skip.
flow-story = Ahora cuente su historia: ¿cuál era el problema, qué hicieron, qué cambió? (al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    })
flow-photo = Puede enviar una foto ahora, o /skip.
flow-confirm = Este es su aporte. Envíelo con su nombre o de forma anónima, o /cancel.
flow-topic-unknown = No reconocí ese tema. Elija uno de estos:
flow-place-too-long = Ese lugar es demasiado largo (como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }). Escríbalo más corto, o /skip.
flow-draft-kept = Su borrador se conserva: envíe /send más tarde, o /cancel.
send-with-name = Enviar con mi nombre
send-anonymously = Enviar de forma anónima
cancel = Cancelar
skip = Omitir
cancelled = Cancelado. No se envió nada.
nothing-to-cancel = No hay nada que cancelar.
label-topic = Tema
label-place = Lugar
label-story = Historia
label-author = Enviado por
label-credit = Crédito
label-anonymous = anónimo
label-photos = Adjuntos
label-status = Estado
label-sent = Enviado el
label-decision = Decisión
mine-heading = Sus aportes
mine-empty = Aún no ha compartido nada. Use { $command } para compartir lo que le funcionó.
need-number = Indique un número de aporte, por ejemplo { $example }.
not-found = No hay ningún aporte { $reference }.
not-yours = { $reference } no es uno de sus aportes.
wrong-status = { $reference } está { $status }: eso no se puede hacer ahora.
withdrawn = { $reference } ha sido retirado.
own-submission = No puede decidir sobre su propio aporte { $reference }: debe hacerlo otro moderador.
pending-heading = Pendientes de revisión: { $count }
pending-empty = No hay nada pendiente de revisión.
next-page = Página siguiente
review = Revisar
approve = Aprobar
reject = Rechazar
reopen = Reabrir
review-heading = Aporte { $reference }
decided-approved = { $reference } aprobado por { $moderator } el { $date }.
decided-rejected = { $reference } rechazado por { $moderator } el { $date }. Motivo: { $reason }
decided-reopened = { $reference } reabierto por { $moderator } el { $date }: vuelve a estar pendiente de revisión.
ask-reason = Envíe el motivo del rechazo de { $reference } en su próximo mensaje (el autor lo verá), o /cancel.
stats-heading = Aportes
stats-line = pendientes { $pending } · aprobados { $approved } · rechazados { $rejected } · retirados { $withdrawn } · total { $total }
announce-heading = Nuevo aporte { $reference }
announce-hint = Decida con { $approve } o { $reject }.
digest-heading = { $count ->
        [one] { $count } aporte nuevo
       *[other] { $count } aportes nuevos
    }: { $references }
digest-hint = Véalos con { $command }.
outcome-approved = Buenas noticias: su aporte { $reference } fue aprobado y ya está entre los casos. ¡Gracias por compartir!
outcome-rejected = Su aporte { $reference } no fue aceptado. Motivo: { $reason }
outcome-reopened = Su aporte { $reference } se está revisando de nuevo.
moderator-note = Nota del moderador: { $note }
shared-by = Compartido por { $name }
shared-anonymously = Compartido de forma anónima
community-case = Compartido por un minero a través de este bot y aprobado por un moderador.

## Organisation categories

category-advocacy = Incidencia
category-regional-centre = Centro regional de recursos
category-consulting = Consultoría
category-ngo = Organización de desarrollo (ONG)
category-industry = Organismo del sector o laboratorio
category-government = Autoridad pública
category-funder = Financiador
category-association = Asociación de mineros
category-research = Centro de investigación y conocimiento

## Regions

region-africa = África
region-south-america = América del Sur
region-north-america = América del Norte
region-europe = Europa
region-asia = Asia
region-global = Todo el mundo

## Organisation statuses

status-active = activa
status-closed = cerrada
status-renamed = cambió de nombre
status-unidentified = no identificada
status-unconfirmed = no confirmado por nuestras fuentes (vea el texto)

## Case-study topics

topic-sediment = Sedimentos y lodo
topic-water = Agua y estanques
topic-waste = Residuos y químicos
topic-forests-wildlife = Bosques y fauna
topic-reclamation = Recuperación de tierras
topic-cooperatives = Cooperativas
topic-funding = Financiación y precios
topic-health-safety = Salud y seguridad
topic-other = Otro

## Contribution statuses

submission-pending = pendiente de revisión
submission-approved = aprobado
submission-rejected = rechazado
submission-withdrawn = retirado

## Texts the Telegram adapter sends on its own

button-expired = Este botón ha caducado. Envíe de nuevo el comando.
button-unknown = Este botón no se reconoce.
telegram-failure = Lo sentimos, algo salió mal. Inténtelo más tarde.

## Preguntas a expertos (/ask, /answer, /questions, /publish) — borrador

about-ask = preguntar a una persona: una pregunta para nuestros expertos
arg-question = su pregunta
about-questions = preguntas que esperan a un experto
about-answer = responder una pregunta
about-publish = hacer consultable una pregunta respondida
about-unpublish = retirar una respuesta publicada
arg-ref-text = referencia y respuesta
arg-ref = referencia
experts-heading = Para expertos
kind-answer = respuesta de experto
ask-a-person = Preguntar a una persona
example-question = ¿qué profundidad puede tener una poza de sedimentación?
questions-disabled = Las preguntas a expertos no están activadas aquí.
experts-only = Solo los expertos pueden hacer eso.
ask-usage = Escriba su pregunta después del comando, por ejemplo: { $example }
ask-received = ¡Gracias! Recibimos su pregunta, referencia { $reference }. Un experto la responderá y la respuesta le llegará en un mensaje privado.
ask-received-here = ¡Gracias! Recibimos su pregunta, referencia { $reference }. Un experto la responderá y la respuesta llegará aquí.
ask-duplicate = Ya hizo esta pregunta: referencia { $reference }. Un experto la responderá.
ask-rate-limited = Hizo muchas preguntas en la última hora. Espere unos { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } y vuelva a preguntar.
ask-too-short = Su pregunta es demasiado corta ({ $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }; al menos { $min }). Diga qué quiere saber.
ask-too-long = Su mensaje es demasiado largo (como máximo { $max } caracteres). Acórtelo, por favor.
follow-up-received = ¡Gracias! Su complemento se añadió a { $reference }; los expertos lo verán.
question-heading = Pregunta { $reference }
follow-up-heading = Complemento de { $reference }
question-hint = Responda con { $command } y su respuesta, o responda a este mensaje.
label-asked-by = Preguntada por
question-digest-heading = { $count ->
        [one] { $count } pregunta nueva
       *[other] { $count } preguntas nuevas
    }: { $references }
answer-sent = Su respuesta a { $reference } quedó guardada; la persona que preguntó la recibirá.
answer-needs-text = Escriba la respuesta después de la referencia, por ejemplo: { $example }
need-reference = Indique la referencia de la pregunta, por ejemplo: { $example }
reply-to-one = Responda al anuncio de una sola pregunta, o use { $example }
answer-heading = Respuesta a su pregunta { $reference }
answer-for = Para { $name }:
answered-by = Respondida por { $name }
answered-by-expert = Respondida por uno de nuestros expertos
answer-hint = ¿Le ayudó? Díganoslo con un botón. Para preguntar más, responda a este mensaje o envíe { $command }
button-helped = Me ayudó
button-not-helped = No me ayudó
feedback-thanks = Gracias por decírnoslo.
questions-heading = { $count ->
        [one] { $count } pregunta abierta
       *[other] { $count } preguntas abiertas
    }
questions-empty = Ninguna pregunta espera a un experto.
published = { $reference } está publicada: ahora se encuentra con { $command }
unpublished = { $reference } ya no es consultable.
question-not-found = No hay ninguna pregunta { $reference }.
not-your-question = La pregunta { $reference } la hizo otra persona.
question-wrong-status = La pregunta { $reference } está { $status }: eso no se puede hacer ahora.
question-open = esperando a un experto
question-answered = respondida
question-published = publicada
## Lo que falta: /report (moderadores) y /forget (borrador: aún sin revisar por un hablante nativo)

about-report = lo que la gente buscó y no encontró
about-forget = quitar su nombre y su chat de sus aportes pendientes
arg-days = días
report-unavailable = Aquí no se guarda ningún registro de búsquedas: el bot no tiene base de datos.
report-days-wanted = Indique un número de días de 1 a { $max }, por ejemplo { $example }.
report-heading = { $days ->
        [one] Búsquedas del último día
       *[other] Búsquedas de los últimos { $days } días
    }
report-no-searches = No se registró ninguna búsqueda en este período.
report-totals = { $searches } búsquedas: { $found } bien respondidas, { $weak } débilmente, { $empty } sin resultado.
report-misses-heading = Nada o casi nada encontrado
report-miss-line = { $count } veces ({ $empty } sin resultado)
report-top-heading = Lo más buscado
report-top-line = { $count } veces
report-by-language = Por idioma: { $list }
report-by-platform = Por plataforma: { $list }
report-questions-open = Preguntas abiertas por antigüedad: menos de un día { $day } · 1 a 7 días { $week } · 7 a 30 días { $month } · más { $older }
report-helpful = Respuestas marcadas como útiles: { $percent } % de { $count } valoradas.
forget-done = Hecho: se quitaron su nombre y su chat { $count ->
        [one] de su aporte pendiente
       *[other] de sus { $count } aportes pendientes
    }. Siguen en la cola de revisión sin su nombre; no se le avisará aquí de la decisión, pero /mine la muestra.
forget-nothing = No había nada que quitar: ninguno de sus aportes pendientes lleva su nombre o su chat. Las búsquedas nunca se guardan con su nombre ni su cuenta.
forget-done-questions = Se quitó su nombre { $count ->
        [one] de su pregunta abierta
       *[other] de sus { $count } preguntas abiertas
    }; la respuesta le llegará de todos modos.
