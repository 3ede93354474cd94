PT = {}
RU = {}

PT['index'] = ('Bem-vindo à comunidade At-Large', """\
At-Large é o espaço dos usuários individuais da Internet na ICANN. Por meio do Comitê Consultivo At-Large (ALAC) e de cinco organizações regionais, usuários de todas as partes do mundo opinam sobre as políticas que moldam o sistema de nomes de domínio.

Este site publica o que a comunidade faz e quem o faz: os [membros](/pt/members/) e seus cargos, cada [viagem financiada](/pt/travel/) a uma reunião da ICANN, o arquivo completo de [recomendações](/pt/advice/), os [sorteios](/pt/draws/) usados para preencher alguns cargos e as [métricas de participação](/pt/metrics/) de cada região.
""")

PT['about'] = ('Sobre o At-Large', """\
A comunidade At-Large dá voz na ICANN aos bilhões de pessoas que usam a Internet sem serem empresas de nomes de domínio, governos ou operadores técnicos. Ela se organiza em três níveis.

## O ALAC

O Comitê Consultivo At-Large tem quinze membros: dois eleitos por cada uma das cinco organizações regionais e um por região selecionado pelo Comitê de Indicação da ICANN. O comitê adota recomendações para a Diretoria da ICANN, comenta as consultas públicas e contribui para o trabalho de desenvolvimento de políticas das organizações de apoio. Também seleciona um membro da Diretoria da ICANN.

## As cinco RALOs

As Organizações Regionais At-Large são a AFRALO (África), a APRALO (Ásia, Australásia e Ilhas do Pacífico), a EURALO (Europa), a LACRALO (América Latina e Ilhas do Caribe) e a NARALO (América do Norte). Cada uma tem presidência, vice-presidência e secretaria, e reúne as associações de usuários finais e os membros individuais da sua região.

## Membros e grupos de trabalho

Os membros participam de grupos de trabalho, onde acontece a maior parte do trabalho: redigir declarações, acompanhar os processos de políticas, organizar ações de divulgação. A participação regular dá direito a voto.

## O que este site publica e por quê

A revisão independente do At-Large de 2017 pediu que as recomendações fossem publicadas e devidamente arquivadas, que o financiamento de viagens e seus beneficiários fossem publicados de forma consistente, que o sorteio fosse usado onde torna as escolhas mais justas e que houvesse métricas comuns por região. Este site faz as quatro coisas: veja o [arquivo de recomendações](/pt/advice/), o [registro de viagens](/pt/travel/), os [sorteios](/pt/draws/) e as [métricas](/pt/metrics/). Os dados de contato privados nunca são publicados, e os membros que assim pediram são contados nos totais, mas nunca nomeados.

O site oficial do At-Large está em [atlarge.icann.org](https://atlarge.icann.org/); o da ICANN, em [www.icann.org](https://www.icann.org/).
""")

RU['index'] = ('Добро пожаловать в сообщество At-Large', """\
At-Large объединяет индивидуальных пользователей интернета в ICANN. Через Консультативный комитет At-Large (ALAC) и пять региональных организаций пользователи со всего мира высказываются о политике, которая определяет развитие системы доменных имён.

На этом сайте публикуется, что делает сообщество и кто это делает: [участники](/ru/members/) и их должности, каждая [оплаченная поездка](/ru/travel/) на совещания ICANN, полный архив [рекомендаций](/ru/advice/), [жеребьёвки](/ru/draws/), по которым замещаются некоторые должности, и [показатели участия](/ru/metrics/) по каждому региону.
""")

RU['about'] = ('Об At-Large', """\
Сообщество At-Large даёт голос в ICANN миллиардам людей, которые пользуются интернетом, не будучи компаниями в сфере доменных имён, правительствами или техническими операторами. Сообщество устроено в три уровня.

## ALAC

В Консультативный комитет At-Large входят пятнадцать членов: по два избирает каждая из пяти региональных организаций, и ещё по одному от каждого региона отбирает Номинационный комитет ICANN. Комитет принимает рекомендации для Правления ICANN, даёт комментарии в ходе публичных консультаций и участвует в разработке политики поддерживающими организациями. Он также выбирает одного члена Правления ICANN.

## Пять RALO

Региональные организации At-Large — это AFRALO (Африка), APRALO (Азия, Австралазия и тихоокеанские острова), EURALO (Европа), LACRALO (Латинская Америка и острова Карибского бассейна) и NARALO (Северная Америка). В каждой есть председатель, заместитель председателя и секретарь; они объединяют ассоциации конечных пользователей и индивидуальных участников своего региона.

## Участники и рабочие группы

Участники работают в рабочих группах, где и делается основная работа: подготовка заявлений, отслеживание процессов разработки политики, организация информационной работы. Регулярное участие даёт право голоса.

## Что публикует этот сайт и зачем

Независимая проверка At-Large 2017 года рекомендовала публиковать и надлежащим образом архивировать рекомендации, последовательно публиковать сведения о финансировании поездок и его получателях, использовать жеребьёвку там, где она делает отбор справедливее, и ввести общие показатели по регионам. Сайт выполняет все четыре рекомендации: см. [архив рекомендаций](/ru/advice/), [реестр поездок](/ru/travel/), [жеребьёвки](/ru/draws/) и [показатели](/ru/metrics/). Личные контактные данные никогда не публикуются, а участники, попросившие об этом, учитываются в общих цифрах, но никогда не называются по имени.

Официальный сайт At-Large — [atlarge.icann.org](https://atlarge.icann.org/), сайт ICANN — [www.icann.org](https://www.icann.org/).
""")
