### Miners' Guide: every text the bot shows, in Portuguese.
### A message's id is on the left of `=`; only the text on the right is translated. `{ $name }`
### is a variable the bot fills in: keep it, anywhere in the sentence. `[one]` / `*[other]` are
### plural forms (CLDR rules for the language); keep the `*` on the default.
### DRAFT: written without a native speaker's check. A reviewer who has read every line
### changes the next line to `### review: reviewed` (and says so in the commit message).
### review: draft

## Conversation, search and cards

welcome = Olá! Sou o Miners' Guide, um assistente para garimpeiros e mineiros artesanais e de pequena escala de pedras preciosas e para as suas cooperativas. Conheço organizações que podem ajudar, guias práticos (sedimentos, água, licenças, financiamento, segurança…) e estudos de caso reais, cada um com as suas fontes.
ask-private = Escreva a sua pergunta com as suas palavras, por exemplo: { $example }
example-query = como evitar que a lama chegue ao rio
ask-group = Num grupo, comece a mensagem com /find ou mencione-me.
commands-heading = Comandos
about-start = boas-vindas e como usar o bot
about-help = esta lista de comandos
about-find = pesquisar em tudo
about-org = a ficha de uma organização
about-orgs = organizações, por categoria ou região
about-topics = guias práticos
about-guide = ler um guia
about-cases = estudos de caso
about-country = as regras de um país: licenças, grupos, onde vender
about-language = escolher o idioma
arg-query = pergunta
arg-name = nome
arg-filter = categoria ou região
arg-topic = tema
arg-code = código
arg-case = caso
arg-country = país
find-empty = O que devo procurar? Escreva-o depois de /find, por exemplo: { $example }
empty-message = A sua mensagem está vazia. Escreva uma pergunta, ou /help para ver o que posso fazer.
no-results = Não encontrei nada para «{ $query }».
did-you-mean = Será que quis dizer:
try-topics = Ou comece por um tema:
results-others = Outros resultados para «{ $query }» ({ $first }–{ $last } de { $total }):
find-dont-know = Não sei a resposta a «{ $query }»: nada do que tenho trata disso.
find-nearest = Os temas mais próximos que tenho:
find-offer = Ainda ninguém escreveu sobre isto aqui. Se sabe o que resulta, conte aos outros com /share, ou veja todos os temas com /topics.
offer-share = Partilhar o que sabe
find-offer-ask = Ainda ninguém escreveu sobre isto aqui. Uma pessoa que sabe pode responder-lhe: toque em «Perguntar a uma pessoa» ou envie { $command }. Também pode ver todos os temas com /topics, ou contar aos outros o que resulta com /share.
find-only-filler = Olá! O que quer saber? Pergunte em poucas palavras, por exemplo: { $example }
results-heading = Resultados para «{ $query }» ({ $first }–{ $last } de { $total })
no-more-results = Não há mais resultados para «{ $query }».
more = Mais
open = Abrir:
kind-org = organização
kind-guide = guia
kind-case = estudo de caso
kind-country = país
category = Categoria
country = País
status = Situação
website = Site
as-of = em { $date }
sources = Fontes
checked = lidas em { $date }
full-text-in-english = O texto completo só está disponível em inglês:
org-needs-name = Qual organização? Por exemplo: /org mintek. /orgs mostra todas.
org-not-found = Não conheço nenhuma organização chamada «{ $name }».
closest-matches = Estes são os resultados mais próximos:
orgs-heading = Organizações
orgs-filter-hint = Filtre a lista por categoria ou região, por exemplo /orgs consultoria ou /orgs áfrica.
orgs-unknown-filter = Não conheço a categoria ou região «{ $filter }».
categories-label = Categorias:
regions-label = Regiões:
orgs-none = Ainda nenhuma organização corresponde a «{ $filter }».
topics-heading = Guias práticos
topics-hint = Abra um com /guide e o nome, por exemplo /guide sediment.
guide-needs-topic = Qual tema? Escolha um:
guide-not-found = Não há nenhum guia chamado «{ $name }».
cases-heading = Estudos de caso
cases-hint = Abra um com /cases e o nome, por exemplo { $example }.
case-not-found = Não há nenhum estudo de caso chamado «{ $name }».
countries-heading = Páginas por país
country-not-found = Não há nenhuma página para o país «{ $name }».
language-choose = Escolha o seu idioma:
language-set = A partir de agora vou responder em português.
language-unknown = Ainda não falo «{ $code }».
draft-notice = Esta tradução é um rascunho, ainda não revisto por um falante nativo: /language en para inglês, /language fr para francês.
unknown-command = Não conheço o comando { $command }. Escreva /help para ver os comandos.
query-shortened = A sua mensagem era muito longa, por isso só pesquisei { $count ->
        [one] o primeiro carácter
       *[other] os primeiros { $count } caracteres
    }.
internal-error = Desculpe, algo correu mal do meu lado. Tente novamente daqui a pouco.
deep-link-unknown = Esse link aponta para algo que não conheço.
nothing-more = Não há mais nada para mostrar. Pesquise primeiro com /find.
all-topics = Todos os temas
all-orgs = Todas as organizações
all-cases = Todos os estudos de caso
moderators-only = Só os moderadores podem fazer isso.
console-intro = Escreva uma pergunta, /help para os comandos, /quit para sair.
about-share = partilhar o que resultou para si (estudo de caso)
about-mine = as suas contribuições e o seu estado
about-withdraw = retirar uma contribuição ainda pendente
about-cancel = parar o que está em curso
about-pending = contribuições à espera de revisão
about-review = ler uma contribuição por inteiro
about-approve = aprovar e publicar uma contribuição
about-reject = recusar uma contribuição, com o motivo
about-reopen = reabrir uma decisão
about-stats = número de contribuições por estado
arg-story = a sua história
arg-number = número
arg-number-note = número e nota
arg-number-reason = número e motivo
arg-page = página
moderators-heading = Para moderadores
sharing-disabled = As contribuições não estão ativadas aqui.
share-received = Obrigado! Recebido, referência { $reference }. Um moderador vai revê-la e será informado do resultado.
share-too-short = A sua história é curta demais para ser útil ({ $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }; pelo menos { $min }). Diga qual era o problema, o que fizeram e o que mudou.
share-too-long = A sua história é longa demais para uma contribuição ({ $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }; no máximo { $max }). Por favor, encurte-a.
share-rate-limited = Enviou muitas contribuições na última hora. Aguarde cerca de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } antes de enviar outra.
slow-down = Está enviando mensagens mais rápido do que consigo responder a todos. Aguarde { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } e tente novamente.
share-duplicate = Já enviou este texto: foi recebido como { $reference }.
try-again = Não consegui guardar isso agora e nada foi armazenado. Tente novamente daqui a pouco.
share-invalid = Essa contribuição não pode ser aceite: { $problem }.
share-group = Para manter este grupo legível, partilhe a sua história numa só mensagem: { $example }. Ou continue comigo numa conversa privada.
share-group-notice = Pediu para partilhar uma história num grupo; vamos continuar aqui, passo a passo.
flow-topic = De que trata a sua história? Escolha um tema (escreva o nome ou o número), ou /cancel.
flow-place = Onde aconteceu? Uma aldeia, distrito ou país — ou /skip.
flow-story = Agora conte a sua história: qual era o problema, o que fizeram, o que mudou? (pelo menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    })
flow-photo = Pode enviar uma foto agora, ou /skip.
flow-confirm = Esta é a sua contribuição. Envie-a com o seu nome ou anonimamente, ou /cancel.
flow-topic-unknown = Não reconheci esse tema. Escolha um destes:
flow-place-too-long = Esse local é longo demais (no máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }). Escreva-o mais curto, ou /skip.
flow-draft-kept = O seu rascunho fica guardado: envie /send mais tarde, ou /cancel.
send-with-name = Enviar com o meu nome
send-anonymously = Enviar anonimamente
cancel = Cancelar
skip = Saltar
cancelled = Cancelado. Nada foi enviado.
nothing-to-cancel = Não há nada para cancelar.
label-topic = Tema
label-place = Local
label-story = História
label-author = Enviado por
label-credit = Crédito
label-anonymous = anónimo
label-photos = Anexos
label-status = Estado
label-sent = Enviado em
label-decision = Decisão
mine-heading = As suas contribuições
mine-empty = Ainda não partilhou nada. Use { $command } para partilhar o que resultou para si.
need-number = Indique um número de contribuição, por exemplo { $example }.
not-found = Não existe a contribuição { $reference }.
not-yours = { $reference } não é uma das suas contribuições.
wrong-status = { $reference } está { $status }: isso não pode ser feito agora.
withdrawn = { $reference } foi retirada.
own-submission = Não pode decidir sobre a sua própria contribuição { $reference }: outro moderador tem de o fazer.
pending-heading = À espera de revisão: { $count }
pending-empty = Não há nada à espera de revisão.
next-page = Página seguinte
review = Rever
approve = Aprovar
reject = Recusar
reopen = Reabrir
review-heading = Contribuição { $reference }
decided-approved = { $reference } aprovada por { $moderator } em { $date }.
decided-rejected = { $reference } recusada por { $moderator } em { $date }. Motivo: { $reason }
decided-reopened = { $reference } reaberta por { $moderator } em { $date }: está de novo à espera de revisão.
ask-reason = Envie o motivo da recusa de { $reference } na sua próxima mensagem (o autor vai vê-lo), ou /cancel.
stats-heading = Contribuições
stats-line = pendentes { $pending } · aprovadas { $approved } · recusadas { $rejected } · retiradas { $withdrawn } · total { $total }
announce-heading = Nova contribuição { $reference }
announce-hint = Decida com { $approve } ou { $reject }.
digest-heading = { $count ->
        [one] { $count } nova contribuição
       *[other] { $count } novas contribuições
    }: { $references }
digest-hint = Veja-as com { $command }.
outcome-approved = Boas notícias: a sua contribuição { $reference } foi aprovada e já faz parte dos estudos de caso. Obrigado por partilhar!
outcome-rejected = A sua contribuição { $reference } não foi aceite. Motivo: { $reason }
outcome-reopened = A sua contribuição { $reference } está de novo em revisão.
moderator-note = Nota do moderador: { $note }
shared-by = Partilhado por { $name }
shared-anonymously = Partilhado anonimamente
community-case = Partilhado por um mineiro através deste bot e aprovado por um moderador.

## Organisation categories

category-advocacy = Advocacia
category-regional-centre = Centro regional de recursos
category-consulting = Consultoria
category-ngo = Organização de desenvolvimento (ONG)
category-industry = Entidade do setor ou laboratório
category-government = Autoridade pública
category-funder = Financiador
category-association = Associação de mineiros
category-research = Centro de pesquisa e conhecimento

## Regions

region-africa = África
region-south-america = América do Sul
region-north-america = América do Norte
region-europe = Europa
region-asia = Ásia
region-global = Mundo inteiro

## Organisation statuses

status-active = ativa
status-closed = encerrada
status-renamed = mudou de nome
status-unidentified = não identificada
status-unconfirmed = não confirmado pelas nossas fontes (veja o texto)

## Case-study topics

topic-sediment = Sedimentos e lama
topic-water = Água e lagoas
topic-waste = Resíduos e químicos
topic-forests-wildlife = Florestas e fauna
topic-reclamation = Recuperação de terras
topic-cooperatives = Cooperativas
topic-funding = Financiamento e preços
topic-health-safety = Saúde e segurança
topic-other = Outro

## Contribution statuses

submission-pending = à espera de revisão
submission-approved = aprovada
submission-rejected = recusada
submission-withdrawn = retirada

## Texts the Telegram adapter sends on its own

button-expired = Este botão expirou. Envie o comando novamente.
button-unknown = Este botão não é reconhecido.
telegram-failure = Desculpe, algo correu mal. Tente novamente mais tarde.

## Perguntas a especialistas (/ask, /answer, /questions, /publish) — rascunho

about-ask = perguntar a uma pessoa: uma pergunta para os nossos especialistas
arg-question = a sua pergunta
about-questions = perguntas à espera de um especialista
about-answer = responder a uma pergunta
about-publish = tornar pesquisável uma pergunta respondida
about-unpublish = retirar uma resposta publicada
arg-ref-text = referência e resposta
arg-ref = referência
experts-heading = Para especialistas
kind-answer = resposta de especialista
ask-a-person = Perguntar a uma pessoa
example-question = que profundidade pode ter uma bacia de decantação?
questions-disabled = As perguntas a especialistas não estão ativadas aqui.
experts-only = Só os especialistas podem fazer isso.
ask-usage = Escreva a sua pergunta depois do comando, por exemplo: { $example }
ask-received = Obrigado! A sua pergunta foi recebida, referência { $reference }. Um especialista vai responder e a resposta chegará numa mensagem privada.
ask-received-here = Obrigado! A sua pergunta foi recebida, referência { $reference }. Um especialista vai responder e a resposta chegará aqui.
ask-duplicate = Já fez esta pergunta: referência { $reference }. Um especialista vai responder.
ask-rate-limited = Fez muitas perguntas na última hora. Espere cerca de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } e pergunte de novo.
ask-too-short = A sua pergunta é curta demais ({ $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }; pelo menos { $min }). Diga o que quer saber.
ask-too-long = A sua mensagem é longa demais (no máximo { $max } caracteres). Encurte-a, por favor.
follow-up-received = Obrigado! O seu complemento foi juntado a { $reference }; os especialistas vão vê-lo.
question-heading = Pergunta { $reference }
follow-up-heading = Complemento a { $reference }
question-hint = Responda com { $command } e a sua resposta, ou responda a esta mensagem.
label-asked-by = Perguntada por
question-digest-heading = { $count ->
        [one] { $count } pergunta nova
       *[other] { $count } perguntas novas
    }: { $references }
answer-sent = A sua resposta a { $reference } foi guardada; quem perguntou vai recebê-la.
answer-needs-text = Escreva a resposta depois da referência, por exemplo: { $example }
need-reference = Indique a referência da pergunta, por exemplo: { $example }
reply-to-one = Responda ao anúncio de uma só pergunta, ou use { $example }
answer-heading = Resposta à sua pergunta { $reference }
answer-for = Para { $name }:
answered-by = Respondida por { $name }
answered-by-expert = Respondida por um dos nossos especialistas
answer-hint = Ajudou? Diga-nos com um botão. Para perguntar mais, responda a esta mensagem ou envie { $command }
button-helped = Ajudou
button-not-helped = Não ajudou
feedback-thanks = Obrigado por nos dizer.
questions-heading = { $count ->
        [one] { $count } pergunta aberta
       *[other] { $count } perguntas abertas
    }
questions-empty = Nenhuma pergunta espera por um especialista.
published = { $reference } está publicada: agora encontra-se com { $command }
unpublished = { $reference } já não é pesquisável.
question-not-found = Não existe a pergunta { $reference }.
not-your-question = A pergunta { $reference } foi feita por outra pessoa.
question-wrong-status = A pergunta { $reference } está { $status }: isso não pode ser feito agora.
question-open = à espera de um especialista
question-answered = respondida
question-published = publicada
## O que falta: /report (moderadores) e /forget (rascunho: ainda não revisto por um falante nativo)

about-report = o que as pessoas procuraram e não encontraram
about-forget = retirar o seu nome e a sua conversa das suas contribuições pendentes
arg-days = dias
report-unavailable = Aqui não se guarda registo de pesquisas: o bot não tem base de dados.
report-days-wanted = Indique um número de dias de 1 a { $max }, por exemplo { $example }.
report-heading = { $days ->
        [one] Pesquisas do último dia
       *[other] Pesquisas dos últimos { $days } dias
    }
report-no-searches = Nenhuma pesquisa foi registada neste período.
report-totals = { $searches } pesquisas: { $found } bem respondidas, { $weak } fracamente, { $empty } sem resultado.
report-misses-heading = Nada ou quase nada encontrado
report-miss-line = { $count } vezes ({ $empty } sem resultado)
report-top-heading = O mais procurado
report-top-line = { $count } vezes
report-by-language = Por língua: { $list }
report-by-platform = Por plataforma: { $list }
report-questions-open = Perguntas abertas por antiguidade: menos de um dia { $day } · 1 a 7 dias { $week } · 7 a 30 dias { $month } · mais { $older }
report-helpful = Respostas marcadas como úteis: { $percent } % de { $count } avaliadas.
forget-done = Feito: o seu nome e a sua conversa foram retirados { $count ->
        [one] da sua contribuição pendente
       *[other] das suas { $count } contribuições pendentes
    }. Continuam na fila de revisão sem o seu nome; a decisão não lhe será comunicada aqui, mas /mine mostra-a.
forget-nothing = Não havia nada a retirar: nenhuma das suas contribuições pendentes tem o seu nome ou a sua conversa. As pesquisas nunca são guardadas com o seu nome ou a sua conta.
forget-done-questions = O seu nome foi retirado { $count ->
        [one] da sua pergunta em aberto
       *[other] das suas { $count } perguntas em aberto
    }; a resposta chegará na mesma.
