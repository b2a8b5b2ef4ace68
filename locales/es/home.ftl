# El plan de un vistazo.

home-fig-undated = { $count ->
    [one] evento de este año sin día confirmado
   *[other] eventos de este año sin día confirmado
}
home-fig-review = { $count ->
    [one] evento marcado para revisión
   *[other] eventos marcados para revisión
}
home-fig-active-als = { $count ->
    [one] ALS activa
   *[other] ALS activas
}
home-fig-members = { $count ->
    [one] miembro activo
   *[other] miembros activos
}
home-fig-silent = { $count ->
    [one] ALS en la cola de revisión
   *[other] ALS en la cola de revisión
}
home-fig-places = { $count ->
    [one] lugar sin ALS activa
   *[other] lugares sin ALS activa
}
home-fig-crop = viajes CROP aprobados en el AF{ $year }
home-fig-overdue = { $count ->
    [one] informe de viaje atrasado
   *[other] informes de viaje atrasados
}
home-fig-crop-open = { $count ->
    [one] oportunidad CROP abierta
   *[other] oportunidades CROP abiertas
}
home-events-heading = Eventos por mes
home-chart-events = Eventos de { $year } por mes y relevancia
home-chart-events-summary = { $count } eventos en { $year } con mes conocido, apilados según las clases de relevancia del plan.
home-see-events = Todos los eventos del año
home-webinars-heading = Seminarios web frente a sus metas
home-coverage-heading = Cobertura
home-chart-coverage = Lugares con y sin ALS activa, por subregión
home-chart-coverage-summary = { $count ->
    [one] Un lugar de la región no tiene ALS activa.
   *[other] { $count } lugares de la región no tienen ALS activa.
}
home-with-als = con ALS activa
home-without-als = sin ALS activa
home-places-heading = Lugares sin ALS activa, y el alcance realizado allí
home-place-events = { $count ->
    [0] ningún evento
    [one] 1 evento
   *[other] { $count } eventos
}
home-place-engagements = { $count ->
    [0] ninguna participación
    [one] 1 participación
   *[other] { $count } participaciones
}
home-dnssec-heading = Programa de capacitación en DNSSEC
home-see-dnssec = El programa
home-chart-numbers = Las cifras
for-you-heading = Para usted
for-you-nothing = Nada le espera por ahora.
for-you-crop = Oportunidades CROP que puede solicitar
for-you-deadline = Plazo: { $deadline }
for-you-applications = Sus solicitudes CROP
for-you-reports = Informes de viaje pendientes
for-you-webinars = Seminarios web que sigue
